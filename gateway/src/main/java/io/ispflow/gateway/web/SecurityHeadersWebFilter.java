package io.ispflow.gateway.web;

import java.net.InetSocketAddress;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Browser hardening headers on every response, the gateway's own and the services' (set at commit time,
 * so a service's copy is replaced, not doubled). The CSP allows exactly what Swagger UI needs (its own
 * scripts and inline styles, data: images). HSTS only for requests that arrived over HTTPS, directly or
 * per {@code X-Forwarded-Proto} from a trusted proxy (the same {@code GATEWAY_TRUSTED_PROXIES} regex the
 * routing uses).
 */
@Component
public class SecurityHeadersWebFilter implements WebFilter, Ordered {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                    + "frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final Pattern trustedProxies;

    public SecurityHeadersWebFilter(
            @Value("${spring.cloud.gateway.server.webflux.trusted-proxies:}") String trustedProxies) {
        this.trustedProxies =
                trustedProxies == null || trustedProxies.isBlank() ? null : Pattern.compile(trustedProxies);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpResponse response = exchange.getResponse();
        boolean https = cameOverHttps(exchange.getRequest());
        response.beforeCommit(() -> {
            HttpHeaders headers = response.getHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            if (https) {
                headers.set("Strict-Transport-Security", HSTS);
            } else {
                headers.remove("Strict-Transport-Security");
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    boolean cameOverHttps(ServerHttpRequest request) {
        if ("https".equalsIgnoreCase(request.getURI().getScheme())) {
            return true;
        }
        String forwardedProto = request.getHeaders().getFirst("X-Forwarded-Proto");
        InetSocketAddress remote = request.getRemoteAddress();
        return "https".equalsIgnoreCase(forwardedProto)
                && trustedProxies != null
                && remote != null
                && remote.getAddress() != null
                && trustedProxies.matcher(remote.getAddress().getHostAddress()).matches();
    }

    @Override
    public int getOrder() {
        return CorrelationIdWebFilter.ORDER + 2;
    }
}
