package io.ispflow.catalog.plan;

/** How the service reaches the customer. */
public enum Technology {
    FIBER,
    WIRELESS,
    CABLE,
    DSL,
    SATELLITE
}
