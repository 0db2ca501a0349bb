package io.ispflow.order.order;

/**
 * Where an order stands: {@code UNSCHEDULED -> SCHEDULED -> IN_PROGRESS -> COMPLETED}, or {@code
 * CANCELLED} from any status that is not terminal.
 */
public enum OrderStatus {
    UNSCHEDULED,
    SCHEDULED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    public boolean isTerminal() {
        return this == COMPLETED || this == CANCELLED;
    }
}
