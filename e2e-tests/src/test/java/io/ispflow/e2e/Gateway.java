package io.ispflow.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The only way the test talks to ISPFlow: HTTP to the gateway on :8080, as a user whose token comes from
 * the local stack's dev issuer on :9000.
 */
final class Gateway {

    static final String BASE_URL = "http://localhost:8080";
    static final String ISSUER_URL = "http://localhost:9000";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A demo user: subject, roles and zones of the token. */
    record User(String sub, String roles, String zones) {

        String token() {
            String query = "sub=" + encode(sub) + "&name=" + encode(sub) + "&roles=" + encode(roles) + "&zones="
                    + encode(zones);
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(ISSUER_URL + "/token?" + query))
                    .GET()
                    .build());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "dev issuer answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().trim();
        }
    }

    /** One answer: status, headers and body (parsed lazily as JSON). */
    record Response(String method, String path, int status, HttpResponse<String> raw) {

        JsonNode json() {
            return JSON.readTree(raw.body());
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            String body = raw.body();
            return method + " " + path + " -> " + status + " "
                    + (body.length() > 2000 ? body.substring(0, 2000) : body);
        }
    }

    private final String token;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Gateway(String token) {
        this.token = token;
    }

    static Gateway as(User user) {
        return new Gateway(user.token());
    }

    static Gateway anonymous() {
        return new Gateway(null);
    }

    /** The next requests send this header too (If-Match, Idempotency-Key). */
    Gateway with(String name, String value) {
        Gateway copy = new Gateway(token);
        copy.headers.putAll(headers);
        copy.headers.put(name, value);
        return copy;
    }

    Gateway idempotent() {
        return with("Idempotency-Key", UUID.randomUUID().toString());
    }

    Response get(String path) {
        return call("GET", path, null);
    }

    Response post(String path, Object body) {
        return call("POST", path, body);
    }

    Response put(String path, Object body) {
        return call("PUT", path, body);
    }

    Response call(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
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
        HttpResponse<String> raw = send(request.build());
        return new Response(method, path, raw.statusCode(), raw);
    }

    /**
     * Any bytes with any Content-Type (none when null) and extra headers, as a client that does not
     * follow the contract would send them: for the fuzz test.
     */
    Response raw(String method, String pathAndQuery, String contentType, byte[] body, Map<String, String> extra) {
        // any type, as browsers and curl send: the CSV export answers text/csv, errors problem+json
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "*/*");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        extra.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> raw = send(request.build());
        return new Response(method, pathAndQuery, raw.statusCode(), raw);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** The items of a {@code PageResponse}. */
    static List<JsonNode> items(Response page) {
        return StreamSupport.stream(page.json().get("items").spliterator(), false)
                .toList();
    }
}
