package io.ispflow.gateway.routing;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.ispflow.gateway.web.CorrelationIdWebFilter;
import io.ispflow.gateway.web.Problems;
import io.ispflow.gateway.web.RequestLogContext;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.support.HasRouteId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code UpstreamCircuitBreaker=<service>}: wraps a route in a Resilience4j circuit breaker (one per
 * route, named after the route id) and answers the failure itself, fast, as a problem detail:
 * 503 "{@code <service> is unavailable}" when the service cannot be reached or its circuit is open,
 * 504 when it does not answer within the time limit.
 *
 * <p>Answers the service does give, 5xx included, pass through unchanged (the services write their own
 * problem details) and count as successes; only failing to get an answer trips the circuit.
 *
 * <p>Unlike the stock {@code CircuitBreaker} filter with a {@code forward:} fallback, this does not
 * buffer request bodies (lead imports can be large) and needs no extra fallback endpoint.
 */
@Component
public class UpstreamCircuitBreakerGatewayFilterFactory
        extends AbstractGatewayFilterFactory<UpstreamCircuitBreakerGatewayFilterFactory.Config> {

    private static final Logger log = LoggerFactory.getLogger(UpstreamCircuitBreakerGatewayFilterFactory.class);

    private final ReactiveResilience4JCircuitBreakerFactory circuitBreakers;
    private final CircuitBreakerRegistry circuitBreakerRegistry;
    private final Problems problems;
    private final UpstreamProperties upstream;

    public UpstreamCircuitBreakerGatewayFilterFactory(
            ReactiveResilience4JCircuitBreakerFactory circuitBreakers,
            CircuitBreakerRegistry circuitBreakerRegistry,
            Problems problems,
            UpstreamProperties upstream) {
        super(Config.class);
        this.circuitBreakers = circuitBreakers;
        this.circuitBreakerRegistry = circuitBreakerRegistry;
        this.problems = problems;
        this.upstream = upstream;
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("service");
    }

    @Override
    public GatewayFilter apply(Config config) {
        String service = StringUtils.hasText(config.getService()) ? config.getService() : config.getRouteId();
        String breakerId = StringUtils.hasText(config.getName()) ? config.getName() : config.getRouteId();
        Duration timeout = config.getTimeout() != null ? config.getTimeout() : upstream.timeout();
        if (config.getTimeout() != null) {
            // a route of its own time limit (the lead export streams for minutes), same breaker settings
            circuitBreakers.configure(
                    builder -> builder.circuitBreakerConfig(circuitBreakerRegistry.getDefaultConfig())
                            .timeLimiterConfig(TimeLimiterConfig.custom()
                                    .timeoutDuration(timeout)
                                    .build()),
                    breakerId);
        }
        ReactiveCircuitBreaker circuitBreaker = circuitBreakers.create(breakerId);
        return new GatewayFilter() {
            @Override
            public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
                return circuitBreaker.run(
                        chain.filter(exchange), failure -> fallback(exchange, service, timeout, failure));
            }

            @Override
            public String toString() {
                return "UpstreamCircuitBreaker[" + breakerId + " -> " + service + "]";
            }
        };
    }

    private Mono<Void> fallback(ServerWebExchange exchange, String service, Duration timeout, Throwable failure) {
        if (isClientError(failure) || exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        String correlationId = CorrelationIdWebFilter.of(exchange);
        exchange.getResponse().getHeaders().clearContentHeaders();
        if (failure instanceof TimeoutException) {
            return RequestLogContext.log(
                    () -> log.warn(
                            "{} did not answer within {} ms [correlationId={}]",
                            service,
                            timeout.toMillis(),
                            correlationId),
                    problems.write(
                            exchange,
                            HttpStatus.GATEWAY_TIMEOUT,
                            "dependency-timeout",
                            service + " did not answer in time",
                            service + " did not answer within " + timeout.toMillis()
                                    + " ms; the request may or may not have been processed."));
        }
        String detail;
        Runnable logLine = () -> {};
        if (failure instanceof CallNotPermittedException) {
            detail = service + " is failing; calls are paused for a moment. Try again shortly.";
            exchange.getResponse()
                    .getHeaders()
                    .set(
                            HttpHeaders.RETRY_AFTER,
                            String.valueOf(upstream.waitDurationInOpenState().toSeconds()));
        } else {
            logLine = () ->
                    log.warn("{} is unavailable [correlationId={}]: {}", service, correlationId, failure.toString());
            detail = service + " cannot be reached right now. Try again shortly.";
        }
        return RequestLogContext.log(
                logLine,
                problems.write(
                        exchange,
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "dependency-unavailable",
                        service + " is unavailable",
                        detail));
    }

    static boolean isClientError(Throwable failure) {
        return failure instanceof ResponseStatusException rse
                && rse.getStatusCode().is4xxClientError();
    }

    public static class Config implements HasRouteId {

        /** Name shown to the client, e.g. {@code lead-service}; defaults to the route id. */
        private String service;

        /** Circuit breaker name; defaults to the route id. */
        private String name;

        private String routeId;

        /** This route's time limit; defaults to {@code ispflow.gateway.upstream.timeout}. */
        private Duration timeout;

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public String getService() {
            return service;
        }

        public void setService(String service) {
            this.service = service;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        @Override
        public void setRouteId(String routeId) {
            this.routeId = routeId;
        }

        @Override
        public String getRouteId() {
            return routeId;
        }
    }
}
