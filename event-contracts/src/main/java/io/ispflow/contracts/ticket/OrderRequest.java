package io.ispflow.contracts.ticket;

import io.ispflow.contracts.Personal;

/**
 * A ticket's request for a field order. {@code requestId} is the idempotency key of the order
 * service: one order per request, however often the event is delivered.
 */
public record OrderRequest(String requestId, OrderKind kind, @Personal String notes) {}
