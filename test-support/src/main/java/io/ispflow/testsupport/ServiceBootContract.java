package io.ispflow.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every service promises once it boots on the real infrastructure: ready (database migrated,
 * broker configured), its OpenAPI document served, and anonymous API calls refused with a problem
 * detail. Each service's {@code <Name>ApplicationIT} extends it.
 */
@ServiceTest
public abstract class ServiceBootContract {

    @LocalServerPort
    protected int port;

    @Value("${spring.application.name}")
    protected String applicationName;

    @Test
    void shouldReportReadyWithItsDatabaseMigrated() {
        var readiness = Api.at(port).get("/actuator/health/readiness");

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void shouldServeItsOpenApiDocument() {
        var document = Api.at(port).get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("info").get("title").asString()).isEqualTo("ISPFlow " + applicationName);
        // relative, so the gateway's Swagger UI sends "try it out" requests through the gateway
        assertThat(document.json().get("servers").get(0).get("url").asString()).isEqualTo("/");
        // the Caller parameter is resolved from the token, never sent by clients
        assertThat(document.body()).doesNotContain("\"name\":\"caller\"");
    }

    @Test
    void shouldRefuseAnonymousApiCallsWithAProblemDetail() {
        var response = Api.at(port).get("/api/anything");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void shouldAnswerUnknownPathsOfAuthenticatedCallsWithAProblemDetail() {
        var response =
                Api.at(port).as(TestTokens.user("admin").roles("ADMIN").token()).get("/api/no-such-resource");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void shouldExposePrometheusMetricsWithTheOutboxBacklog() {
        var metrics = Api.at(port).get("/actuator/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("ispflow_outbox_backlog");
    }
}
