package io.ispflow.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the stack's topics from the beginning as another system consuming them would (no consumer group),
 * to check what a record carries besides its payload: here its CloudEvents type and W3C trace context.
 */
final class EventLog implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;

    EventLog() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(config);
    }

    /**
     * The trace id in the {@code traceparent} header of the latest record of that type keyed by that aggregate, or null
     * when the record has none; fails when there is no such record.
     */
    String traceIdOf(String topic, String key, String type) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
        List<String> seen = new ArrayList<>();
        ConsumerRecord<String, byte[]> latest = null;
        while (partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(10)) < end.get(p))) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                if (key.equals(record.key())) {
                    String recordType = header(record, "ce_type");
                    seen.add(recordType);
                    if (type.equals(recordType)) {
                        latest = record;
                    }
                }
            }
        }
        if (latest != null) {
            String traceparent = header(latest, "traceparent");
            // 00-<trace id>-<parent span id>-<flags>
            return traceparent == null ? null : traceparent.split("-")[1];
        }
        throw new AssertionError("no " + type + " record keyed " + key + " on " + topic + "; its records: " + seen);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
