package io.ispflow.platform.events.outbox;

import io.ispflow.contracts.CloudEventHeaders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox to Kafka, in commit order, with the idempotent producer (acks=all). One thread per
 * service instance; one active relay per service at a time (see {@link OutboxStore#tryTakeRelayTurn}).
 * A batch is marked published only up to its first failed send, so Kafka being down means events
 * wait and are sent, in order, when it is back. Delivery is at-least-once: consumers dedupe on the
 * event id.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final KafkaTemplate<String, byte[]> kafka;
    private final TransactionTemplate transactions;
    private final OutboxProperties properties;
    private final Object signal = new Object();
    private final Timer publishLag;
    private final Counter published;
    private final Counter failures;
    private volatile boolean wakeUpRequested;
    private volatile boolean running;
    private Thread thread;

    public OutboxRelay(
            OutboxStore store,
            KafkaTemplate<String, byte[]> kafka,
            TransactionTemplate transactions,
            OutboxProperties properties,
            MeterRegistry meters) {
        this.store = store;
        this.kafka = kafka;
        this.transactions = transactions;
        this.properties = properties;
        this.publishLag = Timer.builder("ispflow.outbox.publish.lag")
                .description("Time from an event's commit to its acknowledgement by Kafka")
                .publishPercentileHistogram()
                .register(meters);
        this.published = Counter.builder("ispflow.outbox.published").register(meters);
        this.failures = Counter.builder("ispflow.outbox.publish.failures").register(meters);
        Gauge.builder("ispflow.outbox.backlog", store, OutboxStore::backlog)
                .description("Events committed but not yet acknowledged by Kafka")
                .register(meters);
        Gauge.builder("ispflow.outbox.oldest.pending.seconds", store, OutboxStore::oldestPendingAgeSeconds)
                .register(meters);
    }

    /** Asks the relay to look at the outbox now (called after a commit that appended events). */
    public void wakeUp() {
        synchronized (signal) {
            wakeUpRequested = true;
            signal.notifyAll();
        }
    }

    /** Publishes one batch; returns how many events were published. Public for tests and drills. */
    public int relayOnce() {
        Integer count = transactions.execute(status -> {
            if (!store.tryTakeRelayTurn()) {
                return 0;
            }
            List<OutboxStore.PendingEvent> batch = store.lockNextBatch(properties.batchSize());
            if (batch.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<?>> sends = new ArrayList<>(batch.size());
            for (OutboxStore.PendingEvent event : batch) {
                sends.add(kafka.send(toRecord(event)));
            }
            kafka.flush();
            List<UUID> done = new ArrayList<>(batch.size());
            OffsetDateTime now = OffsetDateTime.now();
            for (int i = 0; i < batch.size(); i++) {
                try {
                    sends.get(i).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                } catch (Exception failure) {
                    failures.increment();
                    log.warn(
                            "Kafka did not acknowledge outbox event {} ({}); {} events wait for the next try: {}",
                            batch.get(i).id(),
                            batch.get(i).type(),
                            batch.size() - i,
                            rootMessage(failure));
                    break;
                }
                done.add(batch.get(i).id());
                publishLag.record(Duration.between(batch.get(i).createdAt(), now));
            }
            store.markPublished(done);
            published.increment(done.size());
            return done.size() < batch.size() ? -1 : done.size();
        });
        return count == null ? 0 : count;
    }

    private ProducerRecord<String, byte[]> toRecord(OutboxStore.PendingEvent event) {
        var record = new ProducerRecord<String, byte[]>(
                event.topic(), event.key(), event.payload().getBytes(StandardCharsets.UTF_8));
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.ID, event.id().toString());
        header(record, CloudEventHeaders.TYPE, event.type());
        header(record, CloudEventHeaders.SOURCE, event.source());
        header(record, CloudEventHeaders.TIME, event.occurredAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        header(record, CloudEventHeaders.SUBJECT, event.key());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        if (event.correlationId() != null) {
            header(record, CloudEventHeaders.CORRELATION_ID, event.correlationId());
        }
        // W3C Trace Context, the header names every Kafka instrumentation reads: the consumer's span
        // continues the trace of the request or event that published this one
        if (event.trace().traceparent() != null) {
            header(record, TraceHeaders.TRACEPARENT, event.trace().traceparent());
            if (event.trace().tracestate() != null) {
                header(record, TraceHeaders.TRACESTATE, event.trace().tracestate());
            }
        }
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private void loop() {
        long lastPurge = 0;
        Duration backoff = properties.pollInterval();
        while (running) {
            int published;
            try {
                published = relayOnce();
                if (published >= 0) {
                    backoff = properties.pollInterval();
                }
                if (System.currentTimeMillis() - lastPurge > 3_600_000) {
                    lastPurge = System.currentTimeMillis();
                    transactions.executeWithoutResult(status -> store.purgePublishedOlderThan(properties.retention()));
                }
            } catch (RuntimeException failure) {
                log.warn("Outbox relay failed, retrying: {}", rootMessage(failure));
                published = -1;
            }
            if (published > 0) {
                continue; // more may be waiting
            }
            if (published < 0) {
                backoff = min(backoff.multipliedBy(2), properties.maxBackoff());
            }
            await(published < 0 ? backoff : properties.pollInterval(), published >= 0);
        }
    }

    private void await(Duration timeout, boolean wakeable) {
        synchronized (signal) {
            if (wakeable && wakeUpRequested) {
                wakeUpRequested = false;
                return;
            }
            try {
                signal.wait(timeout.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                running = false;
            }
            wakeUpRequested = false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        if (thread != null) {
            try {
                thread.join(properties.sendTimeout().toMillis() + 1000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
