package io.ispflow.gateway.routing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway protects itself from a slow or dead service ({@code ispflow.gateway.upstream.*}); the
 * same settings apply to each route's circuit breaker.
 *
 * @param timeout longest a proxied call may take before the caller gets 504
 * @param failureRateThreshold percentage of failed calls that opens a route's circuit
 * @param slidingWindowSize number of recent calls the failure rate is computed over
 * @param minimumNumberOfCalls calls needed before the failure rate counts
 * @param waitDurationInOpenState how long an open circuit answers 503 without trying the service
 * @param permittedCallsInHalfOpenState trial calls let through after that wait
 */
@ConfigurationProperties("ispflow.gateway.upstream")
public record UpstreamProperties(
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("50") float failureRateThreshold,
        @DefaultValue("20") int slidingWindowSize,
        @DefaultValue("10") int minimumNumberOfCalls,
        @DefaultValue("10s") Duration waitDurationInOpenState,
        @DefaultValue("3") int permittedCallsInHalfOpenState) {}
