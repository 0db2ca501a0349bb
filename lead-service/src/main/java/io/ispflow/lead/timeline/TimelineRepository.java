package io.ispflow.lead.timeline;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimelineRepository extends JpaRepository<TimelineEntry, UUID> {

    /** The merged timeline: every kind of entry, newest first (order given by the pageable). */
    Page<TimelineEntry> findByLeadId(UUID leadId, Pageable pageable);

    List<TimelineEntry> findByLeadId(UUID leadId);

    Optional<TimelineEntry> findByIdAndLeadId(UUID id, UUID leadId);
}
