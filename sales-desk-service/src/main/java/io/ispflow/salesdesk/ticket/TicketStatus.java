package io.ispflow.salesdesk.ticket;

/**
 * Where a ticket is in the sales pipeline: the columns of the board. The order events move it from
 * a requested order to its result; WON, LOST and CANCELLED are terminal.
 */
public enum TicketStatus {
    OPEN,
    FEASIBILITY_REQUESTED,
    FEASIBLE,
    NOT_FEASIBLE,
    INSTALLATION_REQUESTED,
    INSTALLATION_SCHEDULED,
    INSTALLED,
    WON,
    LOST,
    CANCELLED;

    public boolean isTerminal() {
        return this == WON || this == LOST || this == CANCELLED;
    }
}
