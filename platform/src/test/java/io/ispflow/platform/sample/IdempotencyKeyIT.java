package io.ispflow.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.testsupport.Api;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdempotencyKeyIT extends PlatformTestSupport {

    private long notesWithText(String text) {
        return count("SELECT count(*) FROM sample_note WHERE text = :text", Map.of("text", text));
    }

    @Test
    void shouldReplayTheFirstResponseForTheSameKeyAndBody() {
        String text = "replay " + UUID.randomUUID();
        Api client =
                asSales("NORTE").header("Idempotency-Key", UUID.randomUUID().toString());

        var first = client.post("/api/notes", note(text, "NORTE"));
        var retry = client.post("/api/notes", note(text, "NORTE"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(notesWithText(text)).isEqualTo(1);
    }

    @Test
    void shouldRefuseTheSameKeyWithAnotherBody() {
        Api client =
                asSales("NORTE").header("Idempotency-Key", UUID.randomUUID().toString());
        client.post("/api/notes", note("first body", "NORTE"));

        var other = client.post("/api/notes", note("second body " + UUID.randomUUID(), "NORTE"));

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.json().get("type").asString()).isEqualTo("urn:problem:ispflow:idempotency-key-reused");
    }

    @Test
    void shouldCreateOnceWhenTheSameRequestArrivesConcurrently() {
        String text = "double click " + UUID.randomUUID();
        Api client =
                asSales("NORTE").header("Idempotency-Key", UUID.randomUUID().toString());

        List<CompletableFuture<Api.Response>> clicks = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> client.post("/api/notes", note(text, "NORTE"))))
                .toList();
        List<Api.Response> responses =
                clicks.stream().map(CompletableFuture::join).toList();

        assertThat(responses)
                .allSatisfy(response -> assertThat(response.status()).isEqualTo(201));
        assertThat(responses)
                .extracting(Api.Response::body)
                .containsOnly(responses.get(0).body());
        assertThat(notesWithText(text)).isEqualTo(1);
    }

    @Test
    void shouldLetAFailedRequestBeRetriedWithTheSameKey() {
        String key = UUID.randomUUID().toString();
        Api client = asSales("NORTE").header("Idempotency-Key", key);

        var failed = client.post("/api/notes", Map.of("text", ""));
        var fixed = client.post("/api/notes", note("fixed " + key, "NORTE"));

        assertThat(failed.status()).isEqualTo(400);
        assertThat(fixed.status()).isEqualTo(201);
        assertThat(fixed.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void shouldScopeKeysToTheCaller() {
        String key = UUID.randomUUID().toString();
        String text = "same key, two users " + key;

        var ana = asSales("NORTE").header("Idempotency-Key", key).post("/api/notes", note(text, "NORTE"));
        var marta = asManager().header("Idempotency-Key", key).post("/api/notes", note(text, "NORTE"));

        assertThat(ana.status()).isEqualTo(201);
        assertThat(marta.status()).isEqualTo(201);
        assertThat(marta.json().get("id")).isNotEqualTo(ana.json().get("id"));
    }
}
