package io.ispflow.gateway.security;

import io.ispflow.gateway.web.CorrelationIdWebFilter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Removes identity headers a client may have sent ({@code X-User-*}, {@code X-Auth-*},
 * {@code X-Forwarded-User}, {@code X-Roles}, {@code X-Zones}, ...) before anything reads them: who the
 * caller is comes only from the verified token. Runs right after the correlation id, before security.
 */
@Component
public class IdentityHeaderStrippingWebFilter implements WebFilter, Ordered {

    private final Set<String> names;
    private final List<String> prefixes;

    public IdentityHeaderStrippingWebFilter(GatewaySecurityProperties properties) {
        this.names = properties.strippedHeaders().stream()
                .map(IdentityHeaderStrippingWebFilter::lower)
                .collect(Collectors.toSet());
        this.prefixes = properties.strippedHeaderPrefixes().stream()
                .map(IdentityHeaderStrippingWebFilter::lower)
                .toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        List<String> doomed =
                headers.headerNames().stream().filter(this::isIdentityHeader).toList();
        if (doomed.isEmpty()) {
            return chain.filter(exchange);
        }
        ServerHttpRequest request = exchange.getRequest()
                .mutate()
                .headers(h -> doomed.forEach(h::remove))
                .build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    boolean isIdentityHeader(String name) {
        String lower = lower(name);
        return names.contains(lower) || prefixes.stream().anyMatch(lower::startsWith);
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public int getOrder() {
        return CorrelationIdWebFilter.ORDER + 1;
    }
}
