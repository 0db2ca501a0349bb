package io.ispflow.bench.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP to the stack. A connection error or a timeout is an answer with status 0, not an exception: the load
 * workers count it and the drills retry it like a 5xx, as a frontend would.
 */
public final class Http {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /** One answer; {@code status} 0 when there was none (connection refused, reset, timed out). */
    public record Response(int status, String body, HttpResponse<?> raw, String error) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** What a frontend retries with the same Idempotency-Key: no answer, 5xx or 429. */
        public boolean retryable() {
            return status == 0 || status >= 500 || status == 429;
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw == null ? null : raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            if (status == 0) {
                return "no answer (" + error + ")";
            }
            String text = body == null ? "" : body;
            return status + " " + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
        }
    }

    public Response get(String url, String token) {
        return send("GET", url, token, Map.of(), null, DEFAULT_TIMEOUT);
    }

    public Response post(String url, String token, Object body) {
        return send("POST", url, token, Map.of(), body, DEFAULT_TIMEOUT);
    }

    /**
     * @param body null, a String (sent as JSON text) or an object written as JSON
     */
    public Response send(
            String method, String url, String token, Map<String, String> headers, Object body, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        if (headers.keySet().stream().noneMatch("Accept"::equalsIgnoreCase)) {
            request.header("Accept", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String json = body instanceof String text ? text : JSON.writeValueAsString(body);
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return send(request.build());
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> raw = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(raw.statusCode(), raw.body(), raw, null);
        } catch (IOException e) {
            return new Response(0, null, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(0, null, null, "interrupted");
        }
    }

    /** For streamed bodies (the CSV export). */
    public <T> HttpResponse<T> stream(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return client.send(request, handler);
    }
}
