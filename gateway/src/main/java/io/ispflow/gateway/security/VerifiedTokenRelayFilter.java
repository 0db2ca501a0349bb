package io.ispflow.gateway.security;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Sends the services exactly the token the gateway verified ({@code Authorization: Bearer <jwt>}); the
 * services are resource servers too and check it again. A request that was not authenticated with a JWT
 * (the public documentation routes) goes downstream without any {@code Authorization} header.
 */
@Component
public class VerifiedTokenRelayFilter implements GlobalFilter, Ordered {

    /** Early, so later filters (zone enforcement, rate limits) already see the relayed header. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1000;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(JwtAuthenticationToken.class::cast)
                .map(token ->
                        withAuthorization(exchange, "Bearer " + token.getToken().getTokenValue()))
                .switchIfEmpty(Mono.fromSupplier(() -> withAuthorization(exchange, null)))
                .flatMap(chain::filter);
    }

    private static ServerWebExchange withAuthorization(ServerWebExchange exchange, String value) {
        ServerHttpRequest request = exchange.getRequest()
                .mutate()
                .headers(headers -> {
                    if (value == null) {
                        headers.remove(HttpHeaders.AUTHORIZATION);
                    } else {
                        headers.set(HttpHeaders.AUTHORIZATION, value);
                    }
                })
                .build();
        return exchange.mutate().request(request).build();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
