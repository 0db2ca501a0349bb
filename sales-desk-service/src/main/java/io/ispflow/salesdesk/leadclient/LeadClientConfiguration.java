package io.ispflow.salesdesk.leadclient;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.net.http.HttpClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lead client: a RestClient on the JDK HTTP client (connect and read timeouts; HTTP/1.1, and no
 * silent resend of a POST as HttpURLConnection does), and the {@code lead-service} breaker and retry
 * from the Resilience4j registries, so their settings come from configuration and their state shows in
 * the metrics.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LeadServiceProperties.class)
class LeadClientConfiguration {

    @Bean
    LeadClient leadClient(
            LeadServiceProperties properties,
            CircuitBreakerRegistry breakers,
            RetryRegistry retries,
            ObjectProvider<ObservationRegistry> observations) {
        HttpClient jdkClient = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(jdkClient);
        requests.setReadTimeout(properties.readTimeout());
        RestClient http = RestClient.builder()
                .baseUrl(properties.url())
                .requestFactory(requests)
                // client spans and metrics; the tracing handler adds traceparent, so the lead service's
                // work is part of the wizard's trace
                .observationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP))
                .build();
        return new LeadClient(
                http, leadServiceJson(), breakers.circuitBreaker(LeadClient.NAME), retries.retry(LeadClient.NAME));
    }

    /**
     * Reads the lead service's views leniently (members it adds later are ignored: changes are
     * additive) and leaves unset fields out of what it sends.
     */
    static JsonMapper leadServiceJson() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
    }
}
