package io.ispflow.contracts.ticket;

/** The kinds of field order a ticket can ask for (support and removal orders will join them). */
public enum OrderKind {
    FEASIBILITY,
    INSTALLATION
}
