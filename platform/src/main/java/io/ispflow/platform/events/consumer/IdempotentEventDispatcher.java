package io.ispflow.platform.events.consumer;

import io.ispflow.contracts.CloudEventHeaders;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.platform.privacy.PersonalData;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The idempotent consumer: in one transaction, records the event id in {@code processed_event} and
 * applies the handler. A redelivered event finds its id already recorded and has no second effect.
 * Exceptions go to the container's error handler (bounded retries, then the dead-letter topic).
 *
 * <p>Counts {@code ispflow.events.consumed{type, outcome}}: {@code applied}, {@code duplicate}, and
 * {@code dead-lettered} (reported by the error handler through {@link #countDeadLettered}).
 *
 * <p>Sealed personal values are opened ({@link PersonalData#open}) before the event is bound to its class: a
 * handler sees the plain values, or null where the person was erased.
 */
public class IdempotentEventDispatcher implements MessageListener<String, byte[]> {

    public static final String CONSUMED_METER = "ispflow.events.consumed";

    private static final Logger log = LoggerFactory.getLogger(IdempotentEventDispatcher.class);

    private final EventSubscriptions subscriptions;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    /**
     * Lenient on unknown fields, unlike the API's mapper: changes to events are additive, so a
     * consumer must accept fields added by a newer producer instead of dead-lettering them.
     */
    private final ObjectReader reader;

    private final String consumer;
    private final MeterRegistry meters;
    /** Null: the values are bound as they come (for topics without personal data). */
    private final PersonalData personalData;

    /** A dispatcher that opens sealed personal values before binding each event. */
    public IdempotentEventDispatcher(
            EventSubscriptions subscriptions,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            JsonMapper json,
            PersonalData personalData,
            String consumer,
            MeterRegistry meters) {
        this.subscriptions = subscriptions;
        this.personalData = personalData;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.reader = json.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.consumer = consumer;
        this.meters = meters;
    }

    /**
     * A dispatcher that binds the events as they come, without opening sealed values: only for topics whose
     * events hold no personal data (the catalog).
     */
    public IdempotentEventDispatcher(
            EventSubscriptions subscriptions,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            JsonMapper json,
            String consumer,
            MeterRegistry meters) {
        this(subscriptions, jdbc, transactions, json, null, consumer, meters);
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        EventSubscriptions.Subscription<?> subscription = type == null ? null : subscriptions.forType(type);
        if (subscription == null) {
            return; // another consumer's event on a shared topic
        }
        String id = header(record, CloudEventHeaders.ID);
        if (id == null || id.isBlank()) {
            throw new PoisonMessageException("Event without ce_id at " + coordinates(record), null);
        }
        EventMetadata metadata = new EventMetadata(
                id,
                type,
                header(record, CloudEventHeaders.SOURCE),
                header(record, CloudEventHeaders.SUBJECT),
                parseTime(header(record, CloudEventHeaders.TIME)),
                header(record, CloudEventHeaders.CORRELATION_ID),
                record.topic(),
                record.partition(),
                record.offset());
        if (metadata.correlationId() != null) {
            MDC.put("correlationId", metadata.correlationId());
        }
        try {
            dispatch(subscription, record, metadata);
        } finally {
            MDC.remove("correlationId");
        }
    }

    private <E extends IntegrationEvent> void dispatch(
            EventSubscriptions.Subscription<E> subscription,
            ConsumerRecord<String, byte[]> record,
            EventMetadata metadata) {
        E event;
        try {
            byte[] value = personalData == null ? record.value() : personalData.open(record.value());
            event = reader.forType(subscription.eventClass()).readValue(value);
        } catch (JacksonException | IllegalArgumentException unreadable) {
            throw new PoisonMessageException(
                    "Unreadable " + metadata.type() + " " + metadata.id() + " at " + coordinates(record), unreadable);
        }
        boolean applied = Boolean.TRUE.equals(transactions.execute(status -> {
            int inserted = jdbc.sql(
                            """
                            INSERT INTO processed_event (consumer, event_id, event_type)
                            VALUES (:consumer, :id, :type) ON CONFLICT DO NOTHING
                            """)
                    .param("consumer", consumer)
                    .param("id", metadata.id())
                    .param("type", metadata.type())
                    .update();
            if (inserted == 0) {
                return false;
            }
            subscription.handler().handle(event, metadata);
            return true;
        }));
        meters.counter(CONSUMED_METER, "type", metadata.type(), "outcome", applied ? "applied" : "duplicate")
                .increment();
        if (!applied) {
            log.debug("Skipped duplicate delivery of {} {}", metadata.type(), metadata.id());
        }
    }

    /**
     * Counts a record given up on and sent to the dead-letter topic. Its type is a tag only when this
     * service subscribes to it: a poison record's header could otherwise add any number of series.
     */
    public void countDeadLettered(ConsumerRecord<?, ?> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        String known = type != null && subscriptions.forType(type) != null ? type : "unknown";
        meters.counter(CONSUMED_METER, "type", known, "outcome", "dead-lettered")
                .increment();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static OffsetDateTime parseTime(String value) {
        try {
            return value == null ? null : OffsetDateTime.parse(value);
        } catch (RuntimeException unparsable) {
            return null;
        }
    }

    private static String coordinates(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
