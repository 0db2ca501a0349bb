package io.ispflow.order.order;

import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrderRepository extends JpaRepository<Order, UUID>, JpaSpecificationExecutor<Order> {

    boolean existsByRequestId(String requestId);

    Optional<Order> findByRequestId(String requestId);

    List<Order> findByTicketIdAndStatusIn(String ticketId, Collection<OrderStatus> statuses);

    /** The lead's orders, oldest first, locked until the transaction ends (the erasure). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from FieldOrder o where o.leadId = :leadId order by o.createdAt, o.id")
    List<Order> lockByLeadId(@Param("leadId") String leadId);

    /** The next human number, from a sequence: never repeated, even across replicas. */
    @Query(value = "SELECT nextval('order_number_seq')", nativeQuery = true)
    long nextNumber();

    /**
     * The live visits of the technician that overlap {@code [start, end)}, other than the order being
     * scheduled. Run it while holding the technician's row lock, so no concurrent booking slips in.
     */
    @Query(
            """
            select o from FieldOrder o
            where o.technicianId = :technicianId
              and o.id <> :orderId
              and o.status <> io.ispflow.order.order.OrderStatus.CANCELLED
              and o.scheduledStart < :end
              and o.scheduledEnd > :start
            order by o.scheduledStart
            """)
    List<Order> findOverlapping(
            @Param("technicianId") UUID technicianId,
            @Param("orderId") UUID orderId,
            @Param("start") OffsetDateTime start,
            @Param("end") OffsetDateTime end);

    /** Loads the order with a row lock until the transaction ends (serializes photo uploads per order). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from FieldOrder o where o.id = :id")
    Optional<Order> lockById(@Param("id") UUID id);
}
