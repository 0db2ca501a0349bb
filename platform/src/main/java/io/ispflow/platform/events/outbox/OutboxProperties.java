package io.ispflow.platform.events.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the outbox relay ({@code ispflow.outbox.*}).
 *
 * @param pollInterval how often the relay looks at the outbox when no commit woke it
 * @param batchSize events sent per transaction
 * @param sendTimeout how long to wait for Kafka's acknowledgement of a batch
 * @param maxBackoff longest pause between tries while Kafka is unreachable
 * @param retention how long published events stay in the table (for inspection and replays)
 */
@ConfigurationProperties("ispflow.outbox")
public record OutboxProperties(
        Duration pollInterval, int batchSize, Duration sendTimeout, Duration maxBackoff, Duration retention) {

    public OutboxProperties {
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        batchSize = batchSize <= 0 ? 200 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(15) : sendTimeout;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(5) : maxBackoff;
        retention = retention == null ? Duration.ofDays(7) : retention;
    }
}
