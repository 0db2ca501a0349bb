package io.ispflow.salesdesk.ticket;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TicketRepository extends JpaRepository<Ticket, UUID>, JpaSpecificationExecutor<Ticket> {

    /**
     * The ticket, row-locked until the transaction ends: a user's change and an order event on the same
     * ticket take turns instead of failing each other's optimistic check.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Ticket t where t.id = :id")
    Optional<Ticket> findForUpdate(@Param("id") UUID id);

    /** Every ticket of the lead, oldest first, row-locked until the transaction ends (the erasure). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Ticket t where t.leadId = :leadId order by t.createdAt, t.number")
    List<Ticket> findAllOfLeadForUpdate(@Param("leadId") UUID leadId);

    @Query(value = "SELECT nextval('ticket_number_seq')", nativeQuery = true)
    long nextNumber();
}
