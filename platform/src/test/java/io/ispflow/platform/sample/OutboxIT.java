package io.ispflow.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.testsupport.EventSchemas;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboxIT extends PlatformTestSupport {

    @Test
    void shouldPublishCommittedEventAsCloudEventKeyedByAggregate() {
        var created = asSales("NORTE").post("/api/notes", note("call back on monday", "NORTE"));
        assertThat(created.status()).isEqualTo(201);
        String noteId = created.json().get("id").asString();

        var event = kafka.awaitEvent(NoteCreated.TOPIC, e -> noteId.equals(e.key()), Duration.ofSeconds(30));

        assertThat(event.headers())
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_type", "sample.note.created.v1")
                .containsEntry("ce_source", "/platform-sample")
                .containsEntry("ce_subject", noteId)
                .containsEntry("content-type", "application/json")
                .containsKeys("ce_id", "ce_time");
        assertThat(event.headers().get("ce_correlationid")).isEqualTo(created.header("X-Correlation-Id"));
        EventSchemas.assertValid(event);
        assertThat(count(
                        "SELECT count(*) FROM outbox_event WHERE event_key = :id AND published_at IS NOT NULL",
                        Map.of("id", noteId)))
                .isEqualTo(1);
    }

    @Test
    void shouldWriteNothingWhenTheRequestFails() {
        long before = count("SELECT count(*) FROM outbox_event", Map.of());

        var rejected = asSales("NORTE").post("/api/notes", note("reject", "NORTE"));

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(count("SELECT count(*) FROM outbox_event", Map.of())).isEqualTo(before);
    }
}
