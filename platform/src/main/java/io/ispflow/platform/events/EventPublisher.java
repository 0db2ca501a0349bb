package io.ispflow.platform.events;

import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.platform.events.outbox.OutboxRelay;
import io.ispflow.platform.events.outbox.OutboxStore;
import io.ispflow.platform.web.CorrelationIdFilter;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes an event the only safe way: by writing it to the outbox in the transaction that changes
 * the state it describes. The relay sends it to Kafka after the commit; if Kafka is down it waits.
 */
public class EventPublisher {

    private final OutboxStore outbox;
    private final OutboxRelay relay;
    private final JsonMapper json;
    private final String source;
    private final Clock clock;

    public EventPublisher(OutboxStore outbox, OutboxRelay relay, JsonMapper json, String source, Clock clock) {
        this.outbox = outbox;
        this.relay = relay;
        this.json = json;
        this.source = source;
        this.clock = clock;
    }

    /** Stores the event in the current transaction (there must be one) and returns its event id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID publish(IntegrationEvent event) {
        var type = IntegrationEvent.typeOf(event.getClass());
        UUID id = UUID.randomUUID();
        outbox.append(new OutboxStore.NewEvent(
                id,
                type.topic(),
                event.aggregateId(),
                type.value(),
                source,
                OffsetDateTime.now(clock),
                MDC.get(CorrelationIdFilter.MDC_KEY),
                json.writeValueAsString(event)));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relay.wakeUp(); // publish now rather than at the next poll
                }
            });
        }
        return id;
    }
}
