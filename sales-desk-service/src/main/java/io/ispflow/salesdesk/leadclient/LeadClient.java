package io.ispflow.salesdesk.leadclient;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.ispflow.platform.problem.ServiceUnavailableException;
import io.ispflow.platform.web.CorrelationIdFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lead service's API, called synchronously while a user waits (the wizard). Each call carries the
 * caller's bearer token, so the lead service applies the caller's roles and zones too, and the
 * request's correlation id. Calls go through the {@code lead-service} circuit breaker; idempotent ones
 * (GETs, and POSTs with an Idempotency-Key, which the lead service replays) are also retried, with
 * backoff, when the service is down or answers 5xx. The outcomes:
 *
 * <ul>
 *   <li>2xx: the view;
 *   <li>4xx: {@link LeadServiceRejection}, the lead service's problem passed on;
 *   <li>down, timed out, 5xx, or the breaker open: a 503 {@code dependency-unavailable} problem.
 * </ul>
 */
public class LeadClient {

    /** The name of the breaker and the retry in {@code resilience4j.*.instances}. */
    public static final String NAME = "lead-service";

    private static final Logger log = LoggerFactory.getLogger(LeadClient.class);
    private static final String DEPENDENCY = "Lead service";
    private static final TypeReference<Map<String, Object>> PROBLEM = new TypeReference<>() {};

    private final RestClient http;
    private final JsonMapper json;
    private final CircuitBreaker breaker;
    private final Retry retry;

    public LeadClient(RestClient http, JsonMapper json, CircuitBreaker breaker, Retry retry) {
        this.http = http;
        this.json = json;
        this.breaker = breaker;
        this.retry = retry;
    }

    /** {@code GET /api/leads/{id}}: 404 (passed on) when unknown or outside the caller's zones. */
    public LeadView lead(UUID id) {
        return call(HttpMethod.GET, "/api/leads/" + id, null, null, LeadView.class);
    }

    /** {@code GET /api/prospects/{id}}: 404 (passed on) when unknown or outside the caller's zones. */
    public ProspectView prospect(UUID id) {
        return call(HttpMethod.GET, "/api/prospects/" + id, null, null, ProspectView.class);
    }

    /** {@code POST /api/leads}; the same key returns the same lead, so the call is retried. */
    public LeadView createLead(NewLead lead, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "a lead is only created with an Idempotency-Key");
        return call(HttpMethod.POST, "/api/leads", lead, idempotencyKey, LeadView.class);
    }

    /** {@code POST /api/leads/{id}/prospects}; the same key returns the same prospect. */
    public ProspectView createProspect(UUID leadId, NewProspect prospect, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "a prospect is only created with an Idempotency-Key");
        return call(
                HttpMethod.POST, "/api/leads/" + leadId + "/prospects", prospect, idempotencyKey, ProspectView.class);
    }

    /**
     * Only idempotent calls are retried: GETs, and POSTs with an Idempotency-Key. The breaker sits inside
     * the retry, so every attempt counts for it, and once it opens the remaining attempts stop at once
     * (CallNotPermittedException is not retried).
     */
    private <T> T call(HttpMethod method, String path, Object body, String idempotencyKey, Class<T> type) {
        boolean idempotent = method == HttpMethod.GET || idempotencyKey != null;
        Supplier<T> decorated =
                CircuitBreaker.decorateSupplier(breaker, () -> send(method, path, body, idempotencyKey, type));
        if (idempotent) {
            decorated = Retry.decorateSupplier(retry, decorated);
        }
        try {
            return decorated.get();
        } catch (CallNotPermittedException open) {
            throw new ServiceUnavailableException(
                    DEPENDENCY,
                    "The lead service has been failing, so calls to it are paused for a moment. Try again"
                            + " shortly (with the same Idempotency-Key).");
        } catch (LeadServiceDown down) {
            log.warn("Lead service unavailable: {}", down.getMessage());
            throw new ServiceUnavailableException(
                    DEPENDENCY,
                    "The lead service cannot be reached. Try again shortly (with the same Idempotency-Key).");
        }
    }

    private <T> T send(HttpMethod method, String path, Object body, String idempotencyKey, Class<T> type) {
        Reply reply;
        try {
            RestClient.RequestBodySpec request = http.method(method)
                    .uri(path)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .headers(headers -> forwardCaller(headers, idempotencyKey));
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(body));
            }
            reply = request.exchange((sent, response) -> new Reply(
                    response.getStatusCode().value(), response.getBody().readAllBytes()));
        } catch (ResourceAccessException unreachable) {
            throw new LeadServiceDown(method + " " + path + ": " + rootMessage(unreachable), unreachable);
        }
        int status = reply.status();
        if (status >= 200 && status < 300) {
            try {
                return json.readValue(reply.body(), type);
            } catch (JacksonException unreadable) {
                throw new LeadServiceDown(method + " " + path + ": unreadable answer", unreadable);
            }
        }
        if (status >= 500 || status == 408 || status == 429) {
            throw new LeadServiceDown(method + " " + path + " answered " + status, null);
        }
        throw new LeadServiceRejection(status, problemOf(reply.body()), null);
    }

    /** The caller's token (the lead service applies the same roles and zones) and correlation id. */
    private static void forwardCaller(HttpHeaders headers, String idempotencyKey) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            headers.setBearerAuth(jwt.getTokenValue());
        }
        String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        if (correlationId != null) {
            headers.set(CorrelationIdFilter.HEADER, correlationId);
        }
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
    }

    private Map<String, Object> problemOf(byte[] body) {
        try {
            Map<String, Object> problem = json.readValue(body, PROBLEM);
            return problem == null ? Map.of() : problem;
        } catch (JacksonException notJson) {
            return new LinkedHashMap<>(); // a proxy's HTML page: the status alone tells
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private record Reply(int status, byte[] body) {}
}
