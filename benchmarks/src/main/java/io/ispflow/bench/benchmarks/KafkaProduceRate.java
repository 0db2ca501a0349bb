package io.ispflow.bench.benchmarks;

import io.ispflow.bench.Run;
import io.ispflow.bench.load.LongList;
import io.ispflow.bench.report.Latency;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The broker's own limits, measured with the producer settings of the services' outbox relay (idempotent,
 * acks=all): the streaming rate of small records (one producer, async, the client's default batching) and the
 * round trip of one record sent and acknowledged alone with linger.ms=0 (the least an event hop can cost; the
 * relay itself lingers 2 ms to batch).
 */
final class KafkaProduceRate {

    /** Streaming rate and the single-record round trip. */
    record Limits(long records, double perSecond, double megabytesPerSecond, Latency roundTrip) {}

    static final String TOPIC = "bench.produce";
    private static final int RECORD_BYTES = 200;
    private static final int ROUND_TRIPS = 500;

    private KafkaProduceRate() {}

    static Limits measure(Run run) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Run.KAFKA);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        byte[] value = new byte[RECORD_BYTES];
        Arrays.fill(value, (byte) 'x');
        int records = run.sizes().kafkaRecords();
        LongList trips = new LongList();
        Properties unbatched = new Properties();
        unbatched.putAll(config);
        // the round trip of the broker itself: no client-side wait for a batch to fill
        unbatched.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(unbatched)) {
            // the topic is created on first use; this also warms the connection and the metadata
            producer.send(new ProducerRecord<>(TOPIC, "warm-up", value)).get(60, TimeUnit.SECONDS);
            for (int i = 0; i < ROUND_TRIPS; i++) {
                long start = System.nanoTime();
                producer.send(new ProducerRecord<>(TOPIC, "trip-" + i, value)).get(30, TimeUnit.SECONDS);
                trips.add(System.nanoTime() - start);
            }
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            AtomicLong acknowledged = new AtomicLong();
            AtomicReference<Exception> failure = new AtomicReference<>();
            long start = System.nanoTime();
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(TOPIC, "k" + (i % 1024), value), (metadata, error) -> {
                    if (error != null) {
                        failure.compareAndSet(null, error);
                    } else {
                        acknowledged.incrementAndGet();
                    }
                });
            }
            producer.flush();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (failure.get() != null) {
                throw new IllegalStateException("producing to " + TOPIC + " failed", failure.get());
            }
            long done = acknowledged.get();
            return new Limits(
                    done,
                    done / seconds,
                    done * (double) (RECORD_BYTES + "k0000".getBytes(StandardCharsets.UTF_8).length) / seconds / 1e6,
                    Latency.ofNanos(trips.toArray()));
        }
    }
}
