package io.ispflow.salesdesk.wizard;

import static io.ispflow.salesdesk.fixtures.LeadFixtures.aLead;
import static io.ispflow.salesdesk.fixtures.LeadFixtures.aProspectOf;
import static io.ispflow.salesdesk.fixtures.WizardFixtures.aWizard;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.ispflow.salesdesk.fixtures.LeadFixtures.LeadFixture;
import io.ispflow.testsupport.Api;
import io.ispflow.testsupport.ServiceTest;
import io.ispflow.testsupport.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The lead service is down (nothing listens on its port): the wizard answers a 503 problem detail at
 * once and stores nothing; after repeated failures the circuit breaker opens and the wizard stops
 * calling the lead service at all. The durations are printed, not asserted.
 */
@ServiceTest
class LeadServiceDownIT {

    private static final int DEAD_PORT = freePort();

    @DynamicPropertySource
    static void deadLeadService(DynamicPropertyRegistry properties) {
        properties.add("ispflow.lead-service.url", () -> "http://127.0.0.1:" + DEAD_PORT);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CircuitBreakerRegistry breakers;

    private CircuitBreaker breaker;

    @BeforeEach
    void closedBreaker() {
        breaker = breakers.circuitBreaker("lead-service");
        breaker.reset();
    }

    @Test
    void shouldAnswerAFast503AndStoreNothingWhenTheLeadServiceIsDown() {
        LeadFixture lead = aLead().inZone("NORTE");

        long started = System.nanoTime();
        var response = wizard(lead, "down-" + UUID.randomUUID());
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(response.status()).as(response.toString()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:problem:ispflow:dependency-unavailable");
        assertThat(response.json().get("title").asString()).isEqualTo("Lead service is unavailable");
        assertThat(count("SELECT count(*) FROM ticket")).isZero();
        assertThat(count("SELECT count(*) FROM outbox_event")).isZero();
        assertThat(count("SELECT count(*) FROM idempotency_key"))
                .as("a failed request keeps no key, so it can be retried")
                .isZero();
        assertThat(breaker.getMetrics().getNumberOfFailedCalls())
                .as("three attempts, each counted")
                .isEqualTo(3);
        System.out.printf("[figures] wizard with the lead service down (3 attempts, backoff): %d ms%n", millis);
    }

    @Test
    void shouldOpenTheBreakerAfterRepeatedFailuresAndStopCallingTheLeadService() {
        List<Integer> statuses = new ArrayList<>();
        for (int attempt = 0; attempt < 10 && breaker.getState() != CircuitBreaker.State.OPEN; attempt++) {
            statuses.add(wizard(aLead(), "down-" + UUID.randomUUID()).status());
        }

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(statuses).isNotEmpty().containsOnly(503);
        long refusedBefore = breaker.getMetrics().getNumberOfNotPermittedCalls();

        long started = System.nanoTime();
        var whileOpen = wizard(aLead(), "open-" + UUID.randomUUID());
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(whileOpen.status()).isEqualTo(503);
        assertThat(whileOpen.json().get("type").asString()).isEqualTo("urn:problem:ispflow:dependency-unavailable");
        assertThat(whileOpen.json().get("detail").asString()).contains("paused");
        assertThat(breaker.getMetrics().getNumberOfNotPermittedCalls())
                .as("refused by the open breaker, not tried")
                .isEqualTo(refusedBefore + 1);
        assertThat(count("SELECT count(*) FROM ticket")).isZero();
        assertThat(count("SELECT count(*) FROM outbox_event")).isZero();
        // operations see it too
        assertThat(Api.at(port).get("/actuator/prometheus").body())
                .containsPattern(
                        "resilience4j_circuitbreaker_state\\{[^}]*name=\"lead-service\"[^}]*state=\"open\"[^}]*} 1.0");
        System.out.printf(
                "[figures] wizard calls until the breaker opened: %d; answer with the breaker open: %d ms%n",
                statuses.size(), millis);
    }

    private Api.Response wizard(LeadFixture lead, String idempotencyKey) {
        Map<String, Object> body = aWizard()
                .newLead(lead)
                .newProspect(aProspectOf(lead))
                .withInstallation()
                .body();
        return Api.at(port)
                .as(TestTokens.user("ana").roles("SALES").zones("NORTE").token())
                .header("Idempotency-Key", idempotencyKey)
                .post("/api/tickets", body);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
