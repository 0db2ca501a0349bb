package io.ispflow.gateway;

import io.ispflow.testsupport.TestTokens;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The lead export and imports have their own, longer time limit: a lead service that takes longer than
 * the default limit still delivers the export, while an ordinary call is cut with 504.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LongRunningRouteIT {

    private static final EchoUpstream SLOW_LEAD = EchoUpstream.startSlow("lead", Duration.ofSeconds(3));

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("LEAD_URL", SLOW_LEAD::url);
        registry.add("JWT_JWK_SET_URI", TestTokens::jwkSetUri);
        registry.add("UPSTREAM_TIMEOUT", () -> "1s");
        registry.add("GATEWAY_EXPORT_TIMEOUT", () -> "30s");
    }

    @AfterAll
    static void stopUpstreams() {
        SLOW_LEAD.close();
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
    void shouldGiveTheExportMoreTimeThanOrdinaryCalls() {
        get("/api/leads/export?format=csv")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.path")
                .isEqualTo("/api/leads/export");
        get("/api/leads/imports/I-1").expectStatus().isOk();

        get("/api/leads").expectStatus().isEqualTo(504);
    }

    private WebTestClient.ResponseSpec get(String uri) {
        return client.get()
                .uri(uri)
                .header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer " + TestTokens.user("marta").roles("MANAGER").token())
                .exchange();
    }
}
