package io.ispflow.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ispflow.testsupport.EventSchemas;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * One trace across the outbox: the trace of a request, or of a consumed event, goes on in the events
 * it causes (the W3C traceparent header), although the relay sends them later on its own thread.
 */
@ExtendWith(OutputCaptureExtension.class)
class TraceContextIT extends PlatformTestSupport {

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    @Test
    void shouldSendTheEventOfATracedRequestWithTheRequestsTraceId() {
        String traceId = randomHex(16);
        String callerSpanId = randomHex(8);

        var created = asSales("NORTE")
                .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .post("/api/notes", note("traced request", "NORTE"));

        assertThat(created.status()).isEqualTo(201);
        String noteId = created.json().get("id").asString();
        var event = kafka.awaitEvent(
                NoteCreated.TOPIC,
                e -> noteId.equals(e.key()) && "sample.note.created.v1".equals(e.type()),
                Duration.ofSeconds(30));
        // same trace, the service's own span as the parent, still sampled
        assertThat(event.headers().get("traceparent"))
                .matches("00-" + traceId + "-[0-9a-f]{16}-01")
                .doesNotContain(callerSpanId);
    }

    @Test
    void shouldPublishTheEventsOfAHandlerInTheConsumedEventsTrace(CapturedOutput output) {
        String traceId = randomHex(16);
        String producerSpanId = randomHex(8);
        String noteId = UUID.randomUUID().toString();
        String correlationId = "trace-" + randomHex(4);

        kafka.send(
                NoteCreated.TOPIC,
                noteId,
                Map.of(
                        "ce_specversion", "1.0",
                        "ce_id", UUID.randomUUID().toString(),
                        "ce_type", "sample.note.created.v1",
                        "ce_source", "/test",
                        "ce_correlationid", correlationId,
                        "content-type", "application/json",
                        "traceparent", "00-" + traceId + "-" + producerSpanId + "-01"),
                "{\"noteId\":\"" + noteId + "\",\"text\":\"forward please\",\"zone\":null}");

        var forwarded = kafka.awaitEvent(
                NoteCreated.TOPIC,
                e -> noteId.equals(e.key()) && "sample.note.forwarded.v1".equals(e.type()),
                Duration.ofSeconds(30));
        assertThat(forwarded.headers().get("traceparent"))
                .matches("00-" + traceId + "-[0-9a-f]{16}-01")
                .doesNotContain(producerSpanId);
        assertThat(forwarded.headers()).containsEntry("ce_correlationid", correlationId);
        EventSchemas.assertValid(forwarded);
        // the handler's log line names the correlation id and the trace
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(output.getOut())
                .containsPattern(
                        "\\[" + correlationId + "," + traceId + ",[0-9a-f]{16}\\] .*Forwarding note " + noteId));
    }
}
