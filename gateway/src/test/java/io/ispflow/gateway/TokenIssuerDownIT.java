package io.ispflow.gateway;

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

/** The token issuer's key set cannot be fetched: the gateway cannot verify anything and says so. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokenIssuerDownIT {

    private static final EchoUpstream LEAD = EchoUpstream.start("lead");

    /** ana, SALES in zone NORTE. */
    private static TestTokens.Builder ana() {
        return TestTokens.user("ana").name("Ana Salgado").roles("SALES").zones("NORTE");
    }

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("LEAD_URL", LEAD::url);
        registry.add("JWT_JWK_SET_URI", () -> EchoUpstream.deadUrl() + "/.well-known/jwks.json");
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
    void shouldAnswerServiceUnavailableWhenKeySetIsUnreachable() {
        client.get()
                .uri("/api/leads")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ana().token())
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem:ispflow:token-verification-unavailable")
                .jsonPath("$.status")
                .isEqualTo(503);
    }

    @Test
    void shouldStillRejectMissingTokenWhenKeySetIsUnreachable() {
        client.get().uri("/api/leads").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void shouldStillServeHealthWhenKeySetIsUnreachable() {
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }
}
