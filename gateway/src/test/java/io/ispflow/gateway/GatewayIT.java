package io.ispflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.testsupport.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a random port in front of five echo services and a test token issuer: routing,
 * authentication, header hygiene, correlation ids, the documentation entry point and actuator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIT {

    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static final Map<String, EchoUpstream> UPSTREAMS = Map.of(
            "catalog", EchoUpstream.start("catalog"),
            "lead", EchoUpstream.start("lead"),
            "sales-desk", EchoUpstream.start("sales-desk"),
            "order", EchoUpstream.start("order"),
            "contract", EchoUpstream.start("contract"));

    /** ana, SALES in zone NORTE. */
    private static TestTokens.Builder ana() {
        return TestTokens.user("ana").name("Ana Salgado").roles("SALES").zones("NORTE");
    }

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("CATALOG_URL", () -> UPSTREAMS.get("catalog").url());
        registry.add("LEAD_URL", () -> UPSTREAMS.get("lead").url());
        registry.add("SALES_DESK_URL", () -> UPSTREAMS.get("sales-desk").url());
        registry.add("ORDER_URL", () -> UPSTREAMS.get("order").url());
        registry.add("CONTRACT_URL", () -> UPSTREAMS.get("contract").url());
        registry.add("JWT_JWK_SET_URI", TestTokens::jwkSetUri);
        registry.add("JWT_ISSUER_URI", () -> TestTokens.ISSUER);
    }

    @AfterAll
    static void stopUpstreams() {
        UPSTREAMS.values().forEach(EchoUpstream::close);
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

    // --- authentication ---------------------------------------------------------------------------

    @Test
    void shouldRelayVerifiedTokenAndStripClientIdentityHeaders() {
        String token = ana().token();

        client.get()
                .uri("/api/leads/42?page=0&size=20")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header("X-User-Id", "admin")
                .header("X-User-Roles", "ADMIN")
                .header("X-Auth-Subject", "admin")
                .header("X-Forwarded-User", "admin")
                .header("X-Roles", "ADMIN")
                .header("X-Zones", "SUR")
                .header("x-zones", "ESTE")
                .header("X-Trace-Note", "kept")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.service")
                .isEqualTo("lead")
                .jsonPath("$.path")
                .isEqualTo("/api/leads/42")
                .jsonPath("$.query")
                .isEqualTo("page=0&size=20")
                .jsonPath("$.headers.authorization[0]")
                .isEqualTo("Bearer " + token)
                .jsonPath("$.headers['x-user-id']")
                .doesNotExist()
                .jsonPath("$.headers['x-user-roles']")
                .doesNotExist()
                .jsonPath("$.headers['x-auth-subject']")
                .doesNotExist()
                .jsonPath("$.headers['x-forwarded-user']")
                .doesNotExist()
                .jsonPath("$.headers['x-roles']")
                .doesNotExist()
                .jsonPath("$.headers['x-zones']")
                .doesNotExist()
                .jsonPath("$.headers['x-trace-note'][0]")
                .isEqualTo("kept");
    }

    @Test
    void shouldRelayRequestBodyToTheService() {
        client.post()
                .uri("/api/tickets")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ana().token())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"leadId\":\"L-1\",\"request\":\"FEASIBILITY\"}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.service")
                .isEqualTo("sales-desk")
                .jsonPath("$.method")
                .isEqualTo("POST")
                .jsonPath("$.body")
                .isEqualTo("{\"leadId\":\"L-1\",\"request\":\"FEASIBILITY\"}");
    }

    @Test
    void shouldRemoveHopByHopHeaders() {
        client.get()
                .uri("/api/orders")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ana().token())
                .header("Proxy-Authorization", "Basic c2VjcmV0OnNlY3JldA==")
                .header("Keep-Alive", "timeout=5")
                .header("TE", "trailers")
                .header("Connection", "keep-alive, X-Hop-Test")
                .header("X-Hop-Test", "named in Connection, so hop-by-hop")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.service")
                .isEqualTo("order")
                .jsonPath("$.headers['proxy-authorization']")
                .doesNotExist()
                .jsonPath("$.headers['keep-alive']")
                .doesNotExist()
                .jsonPath("$.headers['te']")
                .doesNotExist()
                .jsonPath("$.headers['x-hop-test']")
                .doesNotExist();
    }

    @Test
    void shouldRejectMissingToken() {
        expectUnauthorized(client.get().uri("/api/leads").exchange(), "Bearer")
                .jsonPath("$.detail")
                .isEqualTo("A valid bearer token is required.");
    }

    @Test
    void shouldRejectMissingTokenWithProblemJsonEvenWhenBrowserAsksForHtml() {
        expectUnauthorized(
                client.get().uri("/api/contracts").accept(MediaType.TEXT_HTML).exchange(), "Bearer");
    }

    @Test
    void shouldRejectExpiredToken() {
        expectInvalidToken(ana().expiredFor(Duration.ofMinutes(10)).token())
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).containsIgnoringCase("expired"));
    }

    @Test
    void shouldRejectTokenSignedWithAnotherKey() {
        expectInvalidToken(ana().forgedToken());
    }

    @Test
    void shouldRejectUnsignedAlgNoneToken() {
        expectInvalidToken(ana().unsignedToken());
    }

    @Test
    void shouldRejectTokenFromAnotherIssuer() {
        expectInvalidToken(ana().issuer("https://evil.example/realms/ispflow").token());
    }

    @Test
    void shouldRejectMalformedToken() {
        expectInvalidToken("not-a-jwt");
    }

    @Test
    void shouldRejectNonBearerCredentials() {
        expectUnauthorized(
                client.get()
                        .uri("/api/customers")
                        .header(HttpHeaders.AUTHORIZATION, "Basic YWRtaW46YWRtaW4=")
                        .exchange(),
                "Bearer");
    }

    private WebTestClient.BodyContentSpec expectInvalidToken(String token) {
        WebTestClient.ResponseSpec response = client.get()
                .uri("/api/catalog/plans")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
        response.expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, value -> assertThat(value)
                .startsWith("Bearer error=\"invalid_token\""));
        return expectUnauthorized(response, null);
    }

    /** 401 problem detail with a Bearer challenge (exactly {@code challenge} when given). */
    private static WebTestClient.BodyContentSpec expectUnauthorized(
            WebTestClient.ResponseSpec response, String challenge) {
        response.expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .value(HttpHeaders.WWW_AUTHENTICATE, value -> assertThat(value).startsWith("Bearer"))
                .expectHeader()
                .exists("X-Correlation-Id");
        if (challenge != null) {
            response.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, challenge);
        }
        return response.expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem:ispflow:unauthorized")
                .jsonPath("$.title")
                .isEqualTo("Unauthorized")
                .jsonPath("$.status")
                .isEqualTo(401)
                .jsonPath("$.detail")
                .isNotEmpty();
    }

    // --- correlation id ----------------------------------------------------------------------------

    @Test
    void shouldGenerateCorrelationIdAndPassItDownstream() {
        var result = client.get()
                .uri("/api/technicians")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ana().token())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult();

        String correlationId = result.getResponseHeaders().getFirst("X-Correlation-Id");
        assertThat(correlationId).matches(UUID_PATTERN);
        assertThat(result.getResponseHeaders().get("X-Correlation-Id")).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, List<String>> upstreamHeaders =
                (Map<String, List<String>>) result.getResponseBody().get("headers");
        assertThat(upstreamHeaders.get("x-correlation-id")).containsExactly(correlationId);
    }

    @Test
    void shouldKeepSaneIncomingCorrelationId() {
        client.get()
                .uri("/api/planning/calendar")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ana().token())
                .header("X-Correlation-Id", "web-7f3a_42")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Correlation-Id", "web-7f3a_42")
                .expectBody()
                .jsonPath("$.headers['x-correlation-id'][0]")
                .isEqualTo("web-7f3a_42");
    }

    @ParameterizedTest
    @CsvSource({
        "'<script>alert(1)</script>'",
        "'with space'",
        "a123456789b123456789c123456789d123456789e123456789f123456789g1234"
    })
    void shouldReplaceUnsafeIncomingCorrelationId(String unsafe) {
        client.get()
                .uri("/api/leads")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ana().token())
                .header("X-Correlation-Id", unsafe)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .value("X-Correlation-Id", value -> assertThat(value).matches(UUID_PATTERN))
                .expectBody()
                .jsonPath("$.headers['x-correlation-id'][0]")
                .value(value -> assertThat((String) value).matches(UUID_PATTERN));
    }

    @Test
    void shouldReturnCorrelationIdOnRejectedRequests() {
        client.get()
                .uri("/api/leads")
                .header("X-Correlation-Id", "trace-me")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals("X-Correlation-Id", "trace-me");
    }

    // --- routing -----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/api/catalog/plans, catalog",
        "/api/catalog/recurring-items, catalog",
        "/api/catalog/quotes, catalog",
        "/api/leads, lead",
        "/api/leads/L-1, lead",
        "/api/leads/L-1/prospects, lead",
        "/api/leads/L-1/timeline, lead",
        "/api/leads/export, lead",
        "/api/prospects/P-1, lead",
        "/api/tickets, sales-desk",
        "/api/tickets/T-1/orders, sales-desk",
        "/api/orders, order",
        "/api/orders/O-1/schedule, order",
        "/api/orders/O-1/completion, order",
        "/api/technicians, order",
        "/api/technicians/TEC-1, order",
        "/api/planning/unscheduled, order",
        "/api/planning/calendar, order",
        "/api/contracts, contract",
        "/api/contracts/C-1, contract",
        "/api/customers, contract",
        "/api/customers/CU-1, contract"
    })
    void shouldRouteEachPublicPathToItsService(String path, String service) {
        client.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ana().token())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.service")
                .isEqualTo(service)
                .jsonPath("$.path")
                .isEqualTo(path);
    }

    @ParameterizedTest
    @CsvSource({"/api/leadsheet", "/api/unknown", "/api", "/leads"})
    void shouldAnswerUnroutedPathWithNotFoundProblem(String path) {
        client.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ana().token())
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(404)
                .jsonPath("$.title")
                .isEqualTo("Not Found");
    }

    // --- documentation -----------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"catalog", "lead", "sales-desk", "order", "contract"})
    void shouldRewriteApiDocsPathToTheServiceDocumentWithoutToken(String service) {
        client.get()
                .uri("/v3/api-docs/" + service)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.service")
                .isEqualTo(service)
                .jsonPath("$.path")
                .isEqualTo("/v3/api-docs")
                .jsonPath("$.headers.authorization")
                .doesNotExist();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldListEveryServiceDocumentInSwaggerUi() {
        client.get()
                .uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.urls[*].name")
                .value(names -> assertThat((List<Object>) names)
                        .containsExactlyInAnyOrder("catalog", "lead", "sales-desk", "order", "contract"))
                .jsonPath("$.urls[?(@.name == 'lead')].url")
                .isEqualTo(List.of("/v3/api-docs/lead"));
    }

    @Test
    void shouldServeSwaggerUiWithoutToken() {
        client.get()
                .uri("/swagger-ui.html")
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .expectHeader()
                .value(HttpHeaders.LOCATION, location -> assertThat(location).contains("swagger-ui"));

        client.get()
                .uri("/webjars/swagger-ui/index.html")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    // --- tracing -----------------------------------------------------------------------------------

    @Test
    void shouldContinueTheCallersTraceInTheRequestToTheService() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String callerSpanId = "00f067aa0ba902b7";

        client.get()
                .uri("/api/technicians")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ana().token())
                .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.headers['traceparent'][0]")
                .value(traceparent -> assertThat((String) traceparent)
                        // the same trace, the gateway's span as the service's parent
                        .matches("00-" + traceId + "-[0-9a-f]{16}-01")
                        .doesNotContain(callerSpanId));
    }

    @Test
    void shouldStartATraceForARequestWithoutOne() {
        client.get()
                .uri("/api/technicians")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ana().token())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.headers['traceparent'][0]")
                .value(traceparent -> assertThat((String) traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"));
    }

    // --- actuator ----------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void shouldExposeHealthProbesWithoutToken(String path) {
        client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
    }

    @Test
    void shouldExposePrometheusMetricsWithLatencyHistograms() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();

        client.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                // buckets, so p99 can be computed across replicas
                .value(body -> assertThat(body)
                        .contains("jvm_memory_used_bytes")
                        .contains("http_server_requests_seconds_bucket{"));
    }
}
