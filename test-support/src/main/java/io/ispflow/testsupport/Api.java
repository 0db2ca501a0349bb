package io.ispflow.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP calls to a service under test, as its users make them: a bearer token, JSON bodies, any
 * headers; responses of every status are returned, never thrown.
 *
 * <pre>{@code api.as(token).header("Idempotency-Key", "k1").post("/api/leads", json)}</pre>
 */
public final class Api {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final Map<String, String> headers;

    private Api(String baseUrl, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.headers = headers;
    }

    public static Api at(int port) {
        return new Api("http://localhost:" + port, Map.of());
    }

    public static Api at(String baseUrl) {
        return new Api(baseUrl, Map.of());
    }

    public Api as(String bearerToken) {
        return header("Authorization", "Bearer " + bearerToken);
    }

    public Api header(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Api(baseUrl, Map.copyOf(copy));
    }

    public Response get(String path) {
        return send(builder(path).GET());
    }

    public Response delete(String path) {
        return send(builder(path).DELETE());
    }

    public Response post(String path, Object body) {
        return send(withJson(builder(path), body, "POST"));
    }

    public Response put(String path, Object body) {
        return send(withJson(builder(path), body, "PUT"));
    }

    public Response patch(String path, Object body) {
        return send(withJson(builder(path), body, "PATCH"));
    }

    /** Any body with any Content-Type (or none when null), byte for byte: for hostile-input tests. */
    public Response send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder builder = builder(path);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(builder::header);
        return builder;
    }

    /** A String body is sent as is (to test malformed JSON); anything else is serialized. */
    private static HttpRequest.Builder withJson(HttpRequest.Builder builder, Object body, String method) {
        String json = body instanceof String raw ? raw : JSON.writeValueAsString(body);
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** A response: status, headers and body (as text and as JSON). */
    public static final class Response {
        private final HttpResponse<String> response;

        Response(HttpResponse<String> response) {
            this.response = response;
        }

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public JsonNode json() {
            return JSON.readTree(response.body());
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }
}
