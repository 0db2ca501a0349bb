package io.ispflow.order.order;

/** How the visit went. */
public enum Outcome {
    SUCCESS,
    FAILED
}
