package io.ispflow.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Resilience4j registries behind Spring Cloud CircuitBreaker, with {@link UpstreamProperties} as
 * every route's defaults. Declared here because Spring Cloud CircuitBreaker 5 expects them as beans and
 * resilience4j-spring-boot4 (which would also provide them) is not needed for anything else.
 */
@Configuration(proxyBeanMethods = false)
public class CircuitBreakerConfiguration {

    @Bean
    CircuitBreakerRegistry circuitBreakerRegistry(UpstreamProperties upstream) {
        return CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(upstream.slidingWindowSize())
                .minimumNumberOfCalls(upstream.minimumNumberOfCalls())
                .failureRateThreshold(upstream.failureRateThreshold())
                .waitDurationInOpenState(upstream.waitDurationInOpenState())
                .permittedNumberOfCallsInHalfOpenState(upstream.permittedCallsInHalfOpenState())
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                // a 4xx raised by a gateway filter is the client's doing, not the service's health
                .ignoreException(UpstreamCircuitBreakerGatewayFilterFactory::isClientError)
                .build());
    }

    @Bean
    TimeLimiterRegistry timeLimiterRegistry(UpstreamProperties upstream) {
        return TimeLimiterRegistry.of(
                TimeLimiterConfig.custom().timeoutDuration(upstream.timeout()).build());
    }
}
