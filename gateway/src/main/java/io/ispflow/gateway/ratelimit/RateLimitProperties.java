package io.ispflow.gateway.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-caller rate limit ({@code ispflow.gateway.rate-limit.*}): a token bucket per authenticated
 * {@code sub} (anonymous callers by client address), kept in memory by each gateway instance.
 *
 * @param perSecond tokens added back per second (the sustained rate)
 * @param burst bucket size: how many requests may arrive at once after a quiet period
 * @param idleEviction a bucket unused for this long is dropped (it would be full again anyway)
 */
@ConfigurationProperties("ispflow.gateway.rate-limit")
public record RateLimitProperties(
        @DefaultValue("50") double perSecond,
        @DefaultValue("100") int burst,
        @DefaultValue("5m") Duration idleEviction) {

    public RateLimitProperties {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate limit needs perSecond > 0 and burst >= 1");
        }
    }
}
