package io.ispflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The control API on real child processes (a shell that prints "ready" and sleeps), served by the token issuer. */
class StackControlTest {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Object lock = new Object();
    private final Map<String, ProcessSlot> slots = new LinkedHashMap<>();
    private TokenIssuer issuer;
    private String base;

    @BeforeEach
    void start() throws Exception {
        issuer = TokenIssuer.start(dir.resolve("jwk.json"), 0, null);
        issuer.serve(StackControl.PATH, new StackControl(() -> slots, Duration.ofSeconds(5)));
        base = "http://localhost:" + issuer.port() + "/stack/processes";
        Path log = dir.resolve("worker.log");
        ProcessSlot worker = new ProcessSlot(
                "worker",
                7001,
                false,
                () -> ManagedProcess.start(
                        "worker", 7001, List.of("sh", "-c", "echo ready; exec sleep 120"), Map.of(), log, dir, "TERM"),
                p -> {
                    await().atMost(Duration.ofSeconds(10))
                            .until(() -> Files.readAllLines(log).stream()
                                            .filter("ready"::equals)
                                            .count()
                                    >= countStarts(log));
                    p.markReady();
                },
                lock,
                () -> false,
                () -> true);
        slots.put("worker", worker);
        worker.awaitReady(worker.launch());
    }

    @AfterEach
    void stop() {
        slots.values().forEach(slot -> slot.stop(Duration.ofSeconds(5)));
        issuer.close();
    }

    @Test
    void listsTheProcessesWithPidReadinessAndMemory() throws Exception {
        HttpResponse<String> response = send("GET", "", null);

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> worker = JSONObjectUtils.parse("{\"list\":" + response.body() + "}").entrySet().stream()
                .map(e -> (List<?>) e.getValue())
                .map(list -> castMap(list.get(0)))
                .findFirst()
                .orElseThrow();
        assertThat(worker)
                .containsEntry("name", "worker")
                .containsEntry("alive", true)
                .containsEntry("ready", true)
                .containsEntry("memoryKind", "RSS");
        assertThat(((Number) worker.get("pid")).longValue())
                .isEqualTo(slots.get("worker").current().pid());
        assertThat(((Number) worker.get("memoryKb")).longValue()).isPositive();
    }

    @Test
    void killsAndStartsAProcessAgain() throws Exception {
        long firstPid = slots.get("worker").current().pid();

        HttpResponse<String> killed = send("POST", "/worker/kill", null);
        assertThat(killed.statusCode()).isEqualTo(200);
        assertThat(JSONObjectUtils.parse(killed.body())).containsEntry("alive", false);
        assertThat(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
        // SIGKILL, not the graceful signal
        assertThat(slots.get("worker").current().process().exitValue()).isEqualTo(137);

        HttpResponse<String> started = send("POST", "/worker/start", null);
        assertThat(started.statusCode()).isEqualTo(200);
        Map<String, Object> json = JSONObjectUtils.parse(started.body());
        assertThat(json).containsEntry("alive", true).containsEntry("ready", true);
        assertThat(((Number) json.get("pid")).longValue()).isNotEqualTo(firstPid);

        assertThat(send("POST", "/worker/start", null).statusCode())
                .as("starting a running process")
                .isEqualTo(409);
        HttpResponse<String> stopped = send("POST", "/worker/stop", null);
        assertThat(stopped.statusCode()).isEqualTo(200);
        assertThat(slots.get("worker").current().process().exitValue()).isEqualTo(143);
    }

    @Test
    void answersProblemsForUnknownNamesActionsAndBrowsers() throws Exception {
        HttpResponse<String> unknown = send("POST", "/nope/kill", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(unknown.body()).contains("worker");

        assertThat(send("POST", "/worker/explode", null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/worker/kill", null).statusCode()).isEqualTo(405);
        assertThat(send("POST", "/worker/kill", "http://evil.example").statusCode())
                .isEqualTo(403);
        assertThat(slots.get("worker").current().isAlive()).isTrue();
    }

    private HttpResponse<String> send(String method, String path, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(30));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Each start appends a header line to the log; readiness is one "ready" per start. */
    private static int countStarts(Path log) throws java.io.IOException {
        return Files.readString(log).split("=====", -1).length - 1;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }
}
