package io.ispflow.gateway.ratelimit;

import io.ispflow.gateway.web.Problems;
import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits each caller to {@link RateLimitProperties}: after the burst, requests beyond the sustained rate
 * get 429 with {@code Retry-After}. Runs after authentication so the key is the verified {@code sub};
 * health probes are never limited. Buckets live in this instance's memory (see ADR 0013: with N
 * replicas the effective limit is N times the configured one).
 */
@Component
public class RateLimitWebFilter implements WebFilter, Ordered {

    /** After Spring Security's chain (-100), before the body checks. */
    public static final int ORDER = -60;

    static final String LIMIT_HEADER = "X-RateLimit-Limit";
    static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    private final RateLimitProperties properties;
    private final Problems problems;
    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());

    public RateLimitWebFilter(RateLimitProperties properties, Problems problems) {
        this.properties = properties;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getPath().value().startsWith("/actuator/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(principal -> "sub:" + principal.getName())
                .defaultIfEmpty("ip:" + clientAddress(exchange))
                .flatMap(key -> limit(key, exchange, chain));
    }

    private Mono<Void> limit(String key, ServerWebExchange exchange, WebFilterChain chain) {
        long now = System.nanoTime();
        sweepIdle(now);
        TokenBucket bucket =
                buckets.computeIfAbsent(key, k -> new TokenBucket(properties.burst(), properties.perSecond(), now));
        long result = bucket.tryTake(now);
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set(LIMIT_HEADER, String.valueOf(properties.burst()));
        if (result >= 0) {
            headers.set(REMAINING_HEADER, String.valueOf(result));
            return chain.filter(exchange);
        }
        long retryAfterSeconds = Math.max(1, (long) Math.ceil(-result / 1_000_000_000d));
        headers.set(REMAINING_HEADER, "0");
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        return problems.write(
                exchange,
                HttpStatus.TOO_MANY_REQUESTS,
                "rate-limited",
                "Too many requests",
                "You sent more than " + properties.burst() + " requests in a burst or more than "
                        + properties.perSecond() + " per second; retry after " + retryAfterSeconds + " s.");
    }

    /** At most once per eviction period, drops buckets idle that long; memory stays bounded by active callers. */
    private void sweepIdle(long now) {
        long idle = properties.idleEviction().toNanos();
        long previous = lastSweep.get();
        if (now - previous < idle || !lastSweep.compareAndSet(previous, now)) {
            return;
        }
        buckets.values().removeIf(bucket -> now - bucket.lastUsed() > idle);
    }

    int trackedCallers() {
        return buckets.size();
    }

    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null
                ? "unknown"
                : remote.getAddress().getHostAddress();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
