package io.ispflow.gateway.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details ({@code application/problem+json}) straight onto a response, for the
 * places that answer without a controller: authentication, the circuit breaker fallback, and errors.
 * Types follow the services' convention, {@code urn:problem:ispflow:<slug>}.
 */
@Component
public class Problems {

    public static final String TYPE_PREFIX = "urn:problem:ispflow:";

    private final JsonMapper jsonMapper;

    public Problems(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /** Sets the status and writes the problem; the caller adds any extra headers before. */
    public Mono<Void> write(
            ServerWebExchange exchange, HttpStatusCode status, String slug, String title, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + slug);
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", exchange.getRequest().getPath().value());
        byte[] bytes = jsonMapper.writeValueAsBytes(body);
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(bytes.length);
        return response.writeWith(
                Mono.fromSupplier(() -> response.bufferFactory().wrap(bytes)));
    }
}
