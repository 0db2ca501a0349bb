package io.ispflow.platform.events;

import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.platform.events.outbox.OutboxRelay;
import io.ispflow.platform.events.outbox.OutboxStore;
import io.ispflow.platform.events.outbox.TraceHeaders;
import io.ispflow.platform.privacy.PersonalData;
import io.ispflow.platform.web.CorrelationIdFilter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.MDC;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes an event the only safe way: by writing it to the outbox in the transaction that changes
 * the state it describes. The relay sends it to Kafka after the commit; if Kafka is down it waits.
 *
 * <p>Every event is also the business counter {@code ispflow.events.published{type}} (leads created,
 * conversions per stage, ...), counted when its transaction commits: a rolled-back request changed
 * nothing and counts nothing, and an event waiting for Kafka has happened all the same.
 *
 * <p>The outbox holds the event as it goes on the wire: its personal values sealed with their person's key
 * ({@link PersonalData}), so the outbox rows are erased with the key too.
 */
public class EventPublisher {

    public static final String PUBLISHED_METER = "ispflow.events.published";

    private final OutboxStore outbox;
    private final OutboxRelay relay;
    private final PersonalData personalData;
    private final String source;
    private final Clock clock;
    private final Supplier<TraceHeaders> currentTrace;
    private final MeterRegistry meters;
    private final Map<String, Counter> publishedByType = new ConcurrentHashMap<>();

    public EventPublisher(
            OutboxStore outbox,
            OutboxRelay relay,
            PersonalData personalData,
            String source,
            Clock clock,
            Supplier<TraceHeaders> currentTrace,
            MeterRegistry meters) {
        this.outbox = outbox;
        this.relay = relay;
        this.personalData = personalData;
        this.source = source;
        this.clock = clock;
        this.currentTrace = currentTrace;
        this.meters = meters;
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
                currentTrace.get(),
                personalData.seal(event)));
        Counter published = publishedByType.computeIfAbsent(type.value(), this::publishedCounter);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    published.increment();
                    relay.wakeUp(); // publish now rather than at the next poll
                }
            });
        } else {
            // a transaction without synchronization: its commit cannot be observed, count it now
            published.increment();
        }
        return id;
    }

    private Counter publishedCounter(String type) {
        return Counter.builder(PUBLISHED_METER)
                .description("Events written by committed business transactions, by CloudEvents type")
                .tag("type", type)
                .register(meters);
    }
}
