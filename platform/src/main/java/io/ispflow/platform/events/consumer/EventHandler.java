package io.ispflow.platform.events.consumer;

import io.ispflow.contracts.IntegrationEvent;

/** Applies one consumed event; runs inside the transaction that records the event id. */
@FunctionalInterface
public interface EventHandler<E extends IntegrationEvent> {

    void handle(E event, EventMetadata metadata);
}
