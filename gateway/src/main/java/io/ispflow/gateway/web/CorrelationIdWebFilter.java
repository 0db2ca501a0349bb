package io.ispflow.gateway.web;

import io.micrometer.context.ContextRegistry;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Gives every request a correlation id before anything else runs (so even a 401 carries one): a sane
 * incoming {@code X-Correlation-Id} is kept, anything else is replaced by a new UUID. The id goes
 * downstream in the request header and back to the client on the response, and into the MDC of
 * the request's log lines (key {@code correlationId}, as in the services).
 */
@Component
public class CorrelationIdWebFilter implements WebFilter, Ordered {

    public static final String HEADER = "X-Correlation-Id";
    /** Exchange attribute holding the id, for log lines and later filters. */
    public static final String ATTRIBUTE = CorrelationIdWebFilter.class.getName() + ".id";

    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    /** The MDC key, the same as the services' (platform CorrelationIdFilter). */
    public static final String MDC_KEY = "correlationId";

    static {
        // WebFlux has no request thread: the id travels in the Reactor context, and RequestLogContext
        // copies it into the MDC for the gateway's log lines (and removes it afterwards)
        ContextRegistry.getInstance()
                .registerThreadLocalAccessor(
                        MDC_KEY, () -> MDC.get(MDC_KEY), id -> MDC.put(MDC_KEY, id), () -> MDC.remove(MDC_KEY));
    }

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String incoming = exchange.getRequest().getHeaders().getFirst(HEADER);
        String correlationId = isSane(incoming) ? incoming : UUID.randomUUID().toString();
        ServerHttpRequest request = exchange.getRequest()
                .mutate()
                .headers(h -> h.set(HEADER, correlationId))
                .build();
        ServerWebExchange mutated = exchange.mutate().request(request).build();
        mutated.getAttributes().put(ATTRIBUTE, correlationId);
        ServerHttpResponse response = exchange.getResponse();
        // set at commit time, so an id echoed by the service does not end up twice
        response.beforeCommit(() -> {
            response.getHeaders().set(HEADER, correlationId);
            return Mono.empty();
        });
        return chain.filter(mutated).contextWrite(Context.of(MDC_KEY, correlationId));
    }

    static boolean isSane(String value) {
        return value != null && SANE.matcher(value).matches();
    }

    /** The request's correlation id, or {@code "-"} before this filter ran. */
    public static String of(ServerWebExchange exchange) {
        return exchange.getAttributeOrDefault(ATTRIBUTE, "-");
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
