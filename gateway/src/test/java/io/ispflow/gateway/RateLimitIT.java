package io.ispflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.testsupport.TestTokens;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A tiny per-user limit: a burst of 3 and a refill so slow that no token comes back during the test,
 * so the outcome does not depend on timing. Each test uses its own users (buckets are per user).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RateLimitIT {

    private static final int BURST = 3;

    private static final EchoUpstream LEAD = EchoUpstream.start("lead");

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("LEAD_URL", LEAD::url);
        registry.add("JWT_JWK_SET_URI", TestTokens::jwkSetUri);
        registry.add("GATEWAY_RATE_LIMIT_BURST", () -> String.valueOf(BURST));
        registry.add("GATEWAY_RATE_LIMIT_PER_SECOND", () -> "0.01");
    }

    @AfterAll
    static void stopUpstreams() {
        LEAD.close();
    }

    @LocalServerPort
    int port;

    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    @Test
    void shouldAnswerTooManyRequestsWithRetryAfterAfterTheBurst() {
        String token = salesUser("burst-ana");
        for (int i = 0; i < BURST; i++) {
            get(token)
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .valueEquals("X-RateLimit-Limit", String.valueOf(BURST))
                    .expectHeader()
                    .valueEquals("X-RateLimit-Remaining", String.valueOf(BURST - 1 - i));
        }

        get(token)
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .value(HttpHeaders.RETRY_AFTER, retryAfter -> assertThat(Long.parseLong(retryAfter))
                        .isGreaterThanOrEqualTo(1))
                .expectHeader()
                .valueEquals("X-RateLimit-Remaining", "0")
                .expectHeader()
                .exists("X-Correlation-Id")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem:ispflow:rate-limited")
                .jsonPath("$.status")
                .isEqualTo(429);
    }

    @Test
    void shouldLimitEachUserSeparately() {
        String greedy = salesUser("greedy-bob");
        for (int i = 0; i < BURST; i++) {
            get(greedy).expectStatus().isOk();
        }
        get(greedy).expectStatus().isEqualTo(429);

        get(salesUser("patient-carla")).expectStatus().isOk();
    }

    @Test
    void shouldCountTheUserNotTheToken() {
        for (int i = 0; i < BURST; i++) {
            get(salesUser("many-tokens")).expectStatus().isOk();
        }

        get(salesUser("many-tokens")).expectStatus().isEqualTo(429);
    }

    @Test
    void shouldNeverLimitHealthProbes() {
        for (int i = 0; i < BURST + 2; i++) {
            client.get()
                    .uri("/actuator/health/readiness")
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
    }

    private WebTestClient.ResponseSpec get(String token) {
        return client.get()
                .uri("/api/leads")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
    }

    private static String salesUser(String sub) {
        return TestTokens.user(sub).roles("SALES").zones("NORTE").token();
    }
}
