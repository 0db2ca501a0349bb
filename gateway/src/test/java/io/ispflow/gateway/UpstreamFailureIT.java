package io.ispflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.testsupport.TestTokens;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Services that are down or too slow: the caller gets a fast problem detail (503, or 504 after the
 * time limit), never a hang or a 500, and a failing service's circuit opens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class UpstreamFailureIT {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(3);

    /** catalog answers, but only after the gateway's time limit. */
    private static final EchoUpstream SLOW_CATALOG = EchoUpstream.startSlow("catalog", Duration.ofSeconds(10));

    /** ana, SALES in zone NORTE. */
    private static TestTokens.Builder ana() {
        return TestTokens.user("ana").name("Ana Salgado").roles("SALES").zones("NORTE");
    }

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("CATALOG_URL", SLOW_CATALOG::url);
        registry.add("LEAD_URL", EchoUpstream::deadUrl);
        registry.add("SALES_DESK_URL", EchoUpstream::deadUrl);
        registry.add("ORDER_URL", EchoUpstream::deadUrl);
        registry.add("CONTRACT_URL", EchoUpstream::deadUrl);
        registry.add("JWT_JWK_SET_URI", TestTokens::jwkSetUri);
        registry.add("UPSTREAM_TIMEOUT", () -> TIME_LIMIT.toMillis() + "ms");
        registry.add("UPSTREAM_SLIDING_WINDOW_SIZE", () -> "4");
        registry.add("UPSTREAM_MINIMUM_NUMBER_OF_CALLS", () -> "4");
        registry.add("UPSTREAM_WAIT_IN_OPEN_STATE", () -> "60s");
    }

    @AfterAll
    static void stopUpstreams() {
        SLOW_CATALOG.close();
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
    void shouldAnswerServiceUnavailableWhenServiceIsDown() {
        // connection refused is answered as unavailable (503), not after the time limit (504 dependency-timeout)
        expectUnavailable(
                client.get()
                        .uri("/api/leads")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + ana().token())
                        .exchange(),
                "lead-service");
    }

    @Test
    void shouldAnswerServiceUnavailableForRequestsWithBody() {
        expectUnavailable(
                client.post()
                        .uri("/api/tickets")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + ana().token())
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"leadId\":\"L-1\"}")
                        .exchange(),
                "sales-desk-service");
    }

    @Test
    void shouldAnswerServiceUnavailableForDocumentOfServiceThatIsDown() {
        expectUnavailable(client.get().uri("/v3/api-docs/order").exchange(), "order-service");
    }

    @Test
    void shouldOpenCircuitAfterRepeatedFailures() {
        for (int i = 0; i < 4; i++) {
            expectUnavailable(
                    client.get()
                            .uri("/api/contracts")
                            .header(HttpHeaders.AUTHORIZATION, "Bearer " + ana().token())
                            .exchange(),
                    "contract-service");
        }

        WebTestClient.ResponseSpec whileOpen = client.get()
                .uri("/api/customers/CU-1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ana().token())
                .exchange();

        whileOpen.expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "60");
        expectUnavailable(whileOpen, "contract-service")
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("paused"));
    }

    @Test
    void shouldAnswerGatewayTimeoutWhenServiceIsTooSlow() {
        client.get()
                .uri("/api/catalog/plans")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ana().token())
                .exchange()
                .expectStatus()
                .isEqualTo(504)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem:ispflow:dependency-timeout")
                .jsonPath("$.title")
                .isEqualTo("catalog-service did not answer in time")
                .jsonPath("$.status")
                .isEqualTo(504);
    }

    @Test
    void shouldLogAServiceThatIsDownWithTheRequestsCorrelationAndTraceIds(CapturedOutput output) {
        String traceId = "0af7651916cd43dd8448eb211c80319c";

        client.get()
                .uri("/api/orders")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ana().token())
                .header("X-Correlation-Id", "orders-down-1")
                .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                .exchange()
                .expectStatus()
                .isEqualTo(503);

        // MDC fields (correlationId, traceId, spanId), as the JSON log lines carry them too
        assertThat(output.getOut())
                .containsPattern("\\[orders-down-1," + traceId + ",[0-9a-f]{16}\\] .*order-service is unavailable");
    }

    @Test
    void shouldStillRejectMissingTokenWhenServiceIsDown() {
        client.get().uri("/api/leads").exchange().expectStatus().isUnauthorized();
    }

    private static WebTestClient.BodyContentSpec expectUnavailable(
            WebTestClient.ResponseSpec response, String service) {
        return response.expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .exists("X-Correlation-Id")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem:ispflow:dependency-unavailable")
                .jsonPath("$.title")
                .isEqualTo(service + " is unavailable")
                .jsonPath("$.status")
                .isEqualTo(503)
                .jsonPath("$.detail")
                .isNotEmpty();
    }
}
