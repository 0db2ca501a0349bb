package io.ispflow.lead.assignment;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AutoAssignmentRepository extends JpaRepository<AutoAssignment, String> {

    /** Row-locked: two leads created at once in one zone take two different turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from AutoAssignment a where a.zone = :zone")
    Optional<AutoAssignment> findForUpdate(@Param("zone") String zone);
}
