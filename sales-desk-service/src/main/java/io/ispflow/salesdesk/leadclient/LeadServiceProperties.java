package io.ispflow.salesdesk.leadclient;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the lead service is and how long to wait for it ({@code ispflow.lead-service.*}). Retries and
 * the circuit breaker are configured under {@code resilience4j.*.instances.lead-service}.
 *
 * @param url the lead service's base URL ({@code LEAD_SERVICE_URL})
 * @param connectTimeout how long to wait for a connection: a service that is down answers at once
 * @param readTimeout how long to wait for an answer once connected
 */
@ConfigurationProperties("ispflow.lead-service")
public record LeadServiceProperties(
        @DefaultValue("http://localhost:8082") String url,
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("3s") Duration readTimeout) {}
