package io.ispflow.salesdesk.ticket;

import io.ispflow.contracts.ticket.OrderKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * One order the ticket asked for. The request id is the order service's idempotency key (one order
 * per request); the order id and number arrive with {@code order.created.v1}, the progress with the
 * later order events. Once final (completed, failed, cancelled) the entry no longer changes, so a late
 * or repeated event about it has no effect.
 */
@Embeddable
public class TicketOrder {

    @Column(name = "request_id", nullable = false)
    private String requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderKind kind;

    private String notes;

    @Column(name = "order_id")
    private String orderId;

    @Column(name = "order_number")
    private String orderNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    private String outcome;

    private String feasibility;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "technician_name")
    private String technicianName;

    @Column(name = "scheduled_start")
    private Instant scheduledStart;

    @Column(name = "scheduled_end")
    private Instant scheduledEnd;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TicketOrder() {}

    static TicketOrder requested(String requestId, OrderKind kind, String notes, Instant now) {
        TicketOrder order = new TicketOrder();
        order.requestId = requestId;
        order.kind = kind;
        order.notes = notes;
        order.status = OrderStatus.REQUESTED;
        order.requestedAt = now;
        order.updatedAt = now;
        return order;
    }

    /** An order the order service made for this ticket without a request we know of. */
    static TicketOrder discovered(String requestId, OrderKind kind, String orderId, String number, Instant now) {
        TicketOrder order = requested(requestId, kind, null, now);
        order.created(orderId, number, now);
        return order;
    }

    boolean isOpen() {
        return status.isOpen();
    }

    /** Returns whether anything changed. */
    boolean created(String orderId, String number, Instant now) {
        boolean changed = false;
        if (this.orderId == null && orderId != null) {
            this.orderId = orderId;
            changed = true;
        }
        if (number != null && !number.equals(orderNumber)) {
            this.orderNumber = number;
            changed = true;
        }
        if (status == OrderStatus.REQUESTED) {
            status = OrderStatus.CREATED;
            changed = true;
        }
        return touchedIf(changed, now);
    }

    boolean scheduled(String technicianName, Instant start, Instant end, Instant now) {
        if (!isOpen() || status == OrderStatus.IN_PROGRESS) {
            return false;
        }
        boolean changed = status != OrderStatus.SCHEDULED
                || !java.util.Objects.equals(this.technicianName, technicianName)
                || !java.util.Objects.equals(scheduledStart, start)
                || !java.util.Objects.equals(scheduledEnd, end);
        status = OrderStatus.SCHEDULED;
        this.technicianName = technicianName;
        this.scheduledStart = start;
        this.scheduledEnd = end;
        return touchedIf(changed, now);
    }

    boolean unscheduled(Instant now) {
        if (status != OrderStatus.SCHEDULED) {
            return false;
        }
        status = OrderStatus.CREATED;
        technicianName = null;
        scheduledStart = null;
        scheduledEnd = null;
        return touchedIf(true, now);
    }

    boolean started(Instant now) {
        if (!isOpen() || status == OrderStatus.IN_PROGRESS) {
            return false;
        }
        status = OrderStatus.IN_PROGRESS;
        return touchedIf(true, now);
    }

    boolean completed(String outcome, String feasibility, String failureReason, Instant now) {
        if (!isOpen()) {
            return false;
        }
        status = "SUCCESS".equals(outcome) ? OrderStatus.COMPLETED : OrderStatus.FAILED;
        this.outcome = outcome;
        this.feasibility = feasibility;
        this.failureReason = failureReason;
        return touchedIf(true, now);
    }

    boolean cancelled(String reason, Instant now) {
        if (!isOpen()) {
            return false;
        }
        status = OrderStatus.CANCELLED;
        cancelReason = reason;
        return touchedIf(true, now);
    }

    /**
     * The right to erasure: the free text about the visit (notes, why it failed or was cancelled) goes;
     * kind, ids, status, outcome, technician and times stay.
     */
    void erase() {
        notes = null;
        failureReason = null;
        cancelReason = null;
    }

    private boolean touchedIf(boolean changed, Instant now) {
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    public String getRequestId() {
        return requestId;
    }

    public OrderKind getKind() {
        return kind;
    }

    public String getNotes() {
        return notes;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getFeasibility() {
        return feasibility;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getTechnicianName() {
        return technicianName;
    }

    public Instant getScheduledStart() {
        return scheduledStart;
    }

    public Instant getScheduledEnd() {
        return scheduledEnd;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
