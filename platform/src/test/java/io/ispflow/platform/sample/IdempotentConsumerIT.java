package io.ispflow.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ispflow.contracts.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdempotentConsumerIT extends PlatformTestSupport {

    private static Map<String, String> headers(String eventId) {
        return Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_type", "sample.note.created.v1",
                "ce_source", "/test",
                "content-type", "application/json");
    }

    private long effectsOf(String noteId) {
        return count("SELECT count(*) FROM sample_effect WHERE note_id = :id", Map.of("id", noteId));
    }

    @Test
    void shouldApplyADuplicateDeliveryOnce() {
        String noteId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String data = "{\"noteId\":\"" + noteId + "\",\"text\":\"hello\",\"zone\":null}";

        kafka.send(NoteCreated.TOPIC, noteId, headers(eventId), data);
        kafka.send(NoteCreated.TOPIC, noteId, headers(eventId), data);
        String marker = UUID.randomUUID().toString();
        kafka.send(
                NoteCreated.TOPIC,
                marker,
                headers(UUID.randomUUID().toString()),
                "{\"noteId\":\"" + marker + "\",\"text\":\"after\",\"zone\":null}");

        // once the later event is applied, both deliveries of the first have been seen
        await().atMost(Duration.ofSeconds(30)).until(() -> effectsOf(marker) == 1);
        assertThat(effectsOf(noteId)).isEqualTo(1);
    }

    @Test
    void shouldAcceptFieldsAddedByANewerProducer() {
        String noteId = UUID.randomUUID().toString();

        kafka.send(
                NoteCreated.TOPIC,
                noteId,
                headers(UUID.randomUUID().toString()),
                "{\"noteId\":\"" + noteId + "\",\"text\":\"v1 reader\",\"zone\":null,\"addedLater\":42}");

        await().atMost(Duration.ofSeconds(30)).until(() -> effectsOf(noteId) == 1);
    }

    @Test
    void shouldSendPoisonMessagesToTheDeadLetterTopicAndKeepConsuming() {
        String unreadable = UUID.randomUUID().toString();
        String failing = UUID.randomUUID().toString();
        String healthy = UUID.randomUUID().toString();

        kafka.send(NoteCreated.TOPIC, unreadable, headers(UUID.randomUUID().toString()), "{not json");
        kafka.send(
                NoteCreated.TOPIC,
                failing,
                headers(UUID.randomUUID().toString()),
                "{\"noteId\":\"" + failing + "\",\"text\":\"boom\",\"zone\":null}");
        kafka.send(
                NoteCreated.TOPIC,
                healthy,
                headers(UUID.randomUUID().toString()),
                "{\"noteId\":\"" + healthy + "\",\"text\":\"fine\",\"zone\":null}");

        String deadLetters = Topics.deadLetterOf(NoteCreated.TOPIC);
        kafka.awaitEvent(deadLetters, e -> unreadable.equals(e.key()), Duration.ofSeconds(30));
        var failed = kafka.awaitEvent(deadLetters, e -> failing.equals(e.key()), Duration.ofSeconds(30));
        assertThat(failed.headers()).containsKey("kafka_dlt-exception-message");
        await().atMost(Duration.ofSeconds(30)).until(() -> effectsOf(healthy) == 1);
        assertThat(effectsOf(failing)).isZero();
    }
}
