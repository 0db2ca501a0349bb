package io.ispflow.bench.drills;

import io.ispflow.bench.Run;
import io.ispflow.bench.load.Wait;
import io.ispflow.bench.stack.Metrics;
import io.ispflow.bench.stack.Readiness;
import io.ispflow.bench.stack.StackControl;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A poison message on {@code ticket.events} (a ticket.opened.v1 whose data is not JSON), then a stream of valid
 * wizard submissions: the poison must land on {@code ticket.events.dlt} (found by its key) and the order
 * service must go on making the next tickets' orders.
 */
final class PoisonMessageDrill implements Drill {

    static final String TOPIC = "ticket.events";
    static final String DEAD_LETTERS = TOPIC + ".dlt";
    private static final Duration DEAD_LETTER_BOUND = Duration.ofMinutes(2);

    @Override
    public String name() {
        return "poison";
    }

    @Override
    public DrillVerdict run(Run run) throws Exception {
        run.report().heading("Drill poison: an unreadable ticket.opened.v1 on " + TOPIC);
        Readiness.awaitAllUp(run.http(), StreamDrill.RECOVERY, "before the drill");
        List<String> problems = new ArrayList<>();
        String marker = "bench-poison-" + run.id();
        double deadLetteredBefore = deadLettered(run);
        produce(marker);
        run.report().line("- produced %s to %s (data: not JSON)", marker, TOPIC);

        int submissions = Math.max(3, run.sizes().drillSubmissions() / 20);
        WizardStream stream =
                new WizardStream(run, name(), submissions, run.sizes().drillRate(), 1).start();
        try {
            Duration found = findDeadLetter(marker);
            run.report().line("- found on %s %.1f s after producing it", DEAD_LETTERS, found.toMillis() / 1000.0);
        } catch (Wait.BoundExceeded e) {
            problems.add(e.getMessage());
        }
        try {
            stream.finish(stream.expectedLength());
        } catch (Wait.BoundExceeded e) {
            problems.add(e.getMessage());
        }
        DrillVerdict verdict =
                OrdersPerTicket.settle(run, name(), stream, run.sizes().settle(), problems);
        // the counter appears with the first dead letter: absent before means 0
        double deadLettered = deadLettered(run) - (Double.isNaN(deadLetteredBefore) ? 0 : deadLetteredBefore);
        run.report()
                .line(
                        "%d valid submissions after the poison; order-service dead-lettered counter %s.",
                        submissions, Double.isNaN(deadLettered) ? "not exposed" : String.format("+%.0f", deadLettered));
        return verdict;
    }

    private static double deadLettered(Run run) {
        return Metrics.scrape(run.http(), Run.service(StackControl.ORDER))
                .sum("ispflow_events_dead_lettered_total", "topic=\"" + TOPIC + "\"");
    }

    private static void produce(String marker) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Run.KAFKA);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, byte[]> poison =
                    new ProducerRecord<>(TOPIC, marker, ("not json: " + marker).getBytes(StandardCharsets.UTF_8));
            poison.headers()
                    .add(header("ce_specversion", "1.0"))
                    .add(header("ce_id", marker))
                    .add(header("ce_type", "ticket.opened.v1"))
                    .add(header("ce_source", "/bench"))
                    .add(header("ce_time", Instant.now().toString()))
                    .add(header("content-type", "application/json"));
            producer.send(poison).get(30, TimeUnit.SECONDS);
        }
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads the dead-letter topic from its beginning (it is small) until the marker's record shows up. */
    private static Duration findDeadLetter(String marker) {
        long start = System.nanoTime();
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Run.KAFKA);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, marker);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(DEAD_LETTERS));
            long deadline = start + DEAD_LETTER_BOUND.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (marker.equals(record.key())) {
                        return Duration.ofNanos(System.nanoTime() - start);
                    }
                }
            }
        }
        throw new Wait.BoundExceeded(
                "the poison message on " + DEAD_LETTERS + ": not within " + Wait.seconds(DEAD_LETTER_BOUND));
    }
}
