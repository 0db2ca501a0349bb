package io.ispflow.testsupport;

import io.ispflow.contracts.CloudEventHeaders;
import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the real broker from a test: wait for the events a service published, or deliver
 * events (duplicates, poison messages) to a service's consumer.
 */
public final class KafkaProbe {

    /**
     * A record as a consumer outside the system sees it: personal values sealed ({@code
     * "ispflow:pii:v1:<leadId>:..."}), as its schema says. {@link #opened} gives the plain values.
     */
    public record Event(String topic, String key, Map<String, String> headers, String data) {
        public String type() {
            return headers.get("ce_type");
        }

        public String id() {
            return headers.get("ce_id");
        }

        /**
         * The same record with its sealed personal values opened, as the services' consumers read it (null where
         * the person was erased). Pass the application context's {@code PersonalData} bean of the platform:
         * {@code event.opened(personalData::open)}.
         */
        public Event opened(UnaryOperator<String> opener) {
            return new Event(topic, key, headers, data == null ? null : opener.apply(data));
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String bootstrapServers;

    public KafkaProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public static KafkaProbe onSharedBroker() {
        return new KafkaProbe(RealInfrastructure.get().kafkaBootstrapServers());
    }

    /** Waits until the topic holds a record matching {@code condition}, reading from the beginning. */
    public Event awaitEvent(String topic, Predicate<Event> condition, Duration timeout) {
        List<Event> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = newConsumer()) {
            consumer.subscribe(List.of(topic));
            Awaitility.await("an event on " + topic)
                    .atMost(timeout)
                    .pollInterval(Duration.ZERO)
                    .until(() -> {
                        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                            Event event = toEvent(record);
                            if (condition.test(event)) {
                                found.add(event);
                            }
                        }
                        return !found.isEmpty();
                    });
        }
        return found.get(0);
    }

    /** Every record currently on the topic that matches, read from the beginning until idle. */
    public List<Event> readAll(String topic, Predicate<Event> condition) {
        List<Event> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = newConsumer()) {
            consumer.subscribe(List.of(topic));
            int idlePolls = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (idlePolls < 3 && System.nanoTime() < deadline) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty() && !consumer.assignment().isEmpty()) {
                    idlePolls++;
                }
                for (ConsumerRecord<String, byte[]> record : records) {
                    idlePolls = 0;
                    Event event = toEvent(record);
                    if (condition.test(event)) {
                        found.add(event);
                    }
                }
            }
        }
        return found;
    }

    /** A consumer of its own new group, reading from the beginning. */
    private KafkaConsumer<String, byte[]> newConsumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(config);
    }

    /**
     * Publishes another service's event as its outbox relay would: the record serialized by Jackson,
     * keyed by aggregate, with the CloudEvents headers and a new event id (returned). Personal values
     * go as plain values, which the consumers let through; the JSON Schema check sees them in their
     * sealed form ({@link EventSchemas#assertValidSealingPersonalData}). To send them sealed, use
     * {@link #publish(IntegrationEvent, Function)}.
     */
    public String publish(IntegrationEvent event) {
        String eventId = UUID.randomUUID().toString();
        publish(event, eventId);
        return eventId;
    }

    /** The same with a chosen event id: the same id twice is a duplicate delivery. */
    public void publish(IntegrationEvent event, String eventId) {
        String data = JSON.writeValueAsString(event);
        EventSchemas.assertValidSealingPersonalData(event, data);
        send(event, eventId, data);
    }

    /**
     * Publishes the event written by {@code writer}, checked against its JSON Schema as it is: with the
     * platform's {@code PersonalData} bean, {@code kafka.publish(event, personalData::seal)} sends the personal
     * values sealed, exactly as a service does. Returns the new event id.
     */
    public String publish(IntegrationEvent event, Function<? super IntegrationEvent, String> writer) {
        String eventId = UUID.randomUUID().toString();
        String data = writer.apply(event);
        EventSchemas.assertValid(IntegrationEvent.typeOf(event.getClass()).value(), data);
        send(event, eventId, data);
        return eventId;
    }

    private void send(IntegrationEvent event, String eventId, String data) {
        EventType type = IntegrationEvent.typeOf(event.getClass());
        send(
                type.topic(),
                event.aggregateId(),
                Map.of(
                        CloudEventHeaders.SPEC_VERSION,
                        CloudEventHeaders.SPEC_VERSION_VALUE,
                        CloudEventHeaders.ID,
                        eventId,
                        CloudEventHeaders.TYPE,
                        type.value(),
                        CloudEventHeaders.SOURCE,
                        "/test/" + type.topic(),
                        CloudEventHeaders.TIME,
                        OffsetDateTime.now(ZoneOffset.UTC).toString(),
                        CloudEventHeaders.SUBJECT,
                        event.aggregateId(),
                        CloudEventHeaders.CONTENT_TYPE,
                        CloudEventHeaders.JSON),
                data);
    }

    /** Sends a record with the given CloudEvents headers (or none) and raw value. */
    public void send(String topic, String key, Map<String, String> headers, String value) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, byte[]> record =
                    new ProducerRecord<>(topic, key, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
            headers.forEach((name, headerValue) ->
                    record.headers().add(new RecordHeader(name, headerValue.getBytes(StandardCharsets.UTF_8))));
            producer.send(record).get();
        } catch (Exception failure) {
            throw new IllegalStateException("Could not send to " + topic, failure);
        }
    }

    private static Event toEvent(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(
                    header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        String data = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
        return new Event(record.topic(), record.key(), headers, data);
    }
}
