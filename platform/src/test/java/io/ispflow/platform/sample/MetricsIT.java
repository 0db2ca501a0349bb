package io.ispflow.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ispflow.platform.events.EventPublisher;
import io.ispflow.platform.events.consumer.IdempotentEventDispatcher;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The business counters, and what /actuator/prometheus offers the dashboards, drills and benchmarks. */
class MetricsIT extends PlatformTestSupport {

    private static final String CREATED = "sample.note.created.v1";

    @Autowired
    MeterRegistry meters;

    private double count(String meter, String... tags) {
        Counter counter = meters.find(meter).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private double published() {
        return count(EventPublisher.PUBLISHED_METER, "type", CREATED);
    }

    private double consumed(String outcome) {
        return count(IdempotentEventDispatcher.CONSUMED_METER, "type", CREATED, "outcome", outcome);
    }

    private static Map<String, String> headers(String eventId) {
        return Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_type", CREATED,
                "ce_source", "/test",
                "content-type", "application/json");
    }

    @Test
    void shouldCountAPublishedEventOnlyWhenItsTransactionCommits() {
        double before = published();

        var rolledBack = asSales("NORTE").post("/api/notes", note("reject", "NORTE"));

        assertThat(rolledBack.status()).isEqualTo(400);
        assertThat(published()).isEqualTo(before);

        var committed = asSales("NORTE").post("/api/notes", note("counted", "NORTE"));

        assertThat(committed.status()).isEqualTo(201);
        assertThat(published()).isEqualTo(before + 1);
    }

    @Test
    void shouldCountConsumedEventsByOutcome() {
        double applied = consumed("applied");
        double duplicates = consumed("duplicate");
        double deadLettered = consumed("dead-lettered");
        String noteId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String data = "{\"noteId\":\"" + noteId + "\",\"text\":\"counted twice\",\"zone\":null}";

        kafka.send(NoteCreated.TOPIC, noteId, headers(eventId), data);
        kafka.send(NoteCreated.TOPIC, noteId, headers(eventId), data);
        kafka.send(NoteCreated.TOPIC, noteId, headers(UUID.randomUUID().toString()), "{not json");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(consumed("applied")).isGreaterThanOrEqualTo(applied + 1);
            assertThat(consumed("duplicate")).isGreaterThanOrEqualTo(duplicates + 1);
            assertThat(consumed("dead-lettered")).isGreaterThanOrEqualTo(deadLettered + 1);
        });
    }

    @Test
    void shouldExposeLatencyHistogramsConsumerLagAndTheOutboxToPrometheus() {
        assertThat(asSales("NORTE")
                        .post("/api/notes", note("measured", "NORTE"))
                        .status())
                .isEqualTo(201);

        // the Kafka client's metrics appear once the consumer has joined its group and fetched
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            var scrape = api().get("/actuator/prometheus");
            assertThat(scrape.status()).isEqualTo(200);
            assertThat(scrape.body())
                    .contains("http_server_requests_seconds_bucket{")
                    .contains("kafka_consumer_fetch_manager_records_lag_max{")
                    .contains("ispflow_outbox_backlog{")
                    .contains("ispflow_outbox_publish_lag_seconds_bucket{")
                    .contains("ispflow_events_published_total{")
                    .contains("ispflow_events_consumed_total{");
        });
    }
}
