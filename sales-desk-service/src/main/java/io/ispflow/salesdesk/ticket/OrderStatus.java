package io.ispflow.salesdesk.ticket;

/**
 * What the sales desk knows of one order it asked for: REQUESTED until the order service confirms it,
 * then the order's own progress. COMPLETED, FAILED and CANCELLED are final: a late event about an
 * order in one of them changes nothing.
 */
public enum OrderStatus {
    REQUESTED,
    CREATED,
    SCHEDULED,
    IN_PROGRESS,
    COMPLETED,
    FAILED,
    CANCELLED;

    public boolean isOpen() {
        return this == REQUESTED || this == CREATED || this == SCHEDULED || this == IN_PROGRESS;
    }
}
