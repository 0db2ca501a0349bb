package io.ispflow.order.order;

/** The result of a successful feasibility visit: can the service be installed there? */
public enum Feasibility {
    FEASIBLE,
    NOT_FEASIBLE
}
