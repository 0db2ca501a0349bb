package io.ispflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.testsupport.Api;
import io.ispflow.testsupport.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/**
 * The gateway's edge rules in front of echo services: zone claims (query, path, JSON body), body size
 * limits, CORS, browser security headers and the admin-only paths.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EdgeRulesIT {

    private static final int UPLOAD_LIMIT = 3 * 1024 * 1024;

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

    /** mara, MANAGER without zones: sees every zone. */
    private static TestTokens.Builder mara() {
        return TestTokens.user("mara").name("Mara Gerente").roles("MANAGER");
    }

    private static TestTokens.Builder admin() {
        return TestTokens.user("root").name("Admin").roles("ADMIN");
    }

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("CATALOG_URL", () -> UPSTREAMS.get("catalog").url());
        registry.add("LEAD_URL", () -> UPSTREAMS.get("lead").url());
        registry.add("SALES_DESK_URL", () -> UPSTREAMS.get("sales-desk").url());
        registry.add("ORDER_URL", () -> UPSTREAMS.get("order").url());
        registry.add("CONTRACT_URL", () -> UPSTREAMS.get("contract").url());
        registry.add("JWT_JWK_SET_URI", TestTokens::jwkSetUri);
        registry.add("GATEWAY_MAX_UPLOAD_SIZE", () -> UPLOAD_LIMIT + "B");
        registry.add("GATEWAY_CORS_ORIGINS", () -> "http://localhost:5173, https://app.example.com");
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

    // --- zone claims -------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "/api/leads?zone=SUR",
        "/api/leads?zone=NORTE&zone=SUR",
        "'/api/leads?zone=NORTE,SUR'",
        "/api/planning/unscheduled?zone=sur",
        "/api/planning/zones/SUR/calendar",
        "/api/contracts?page=0&zone=OESTE"
    })
    void shouldRefuseQueryOrPathNamingZoneNotHeld(String uri) {
        expectZoneNotHeld(client.get()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, bearer(ana()))
                .exchange());
    }

    @ParameterizedTest
    @CsvSource({"/api/leads?zone=NORTE", "/api/leads?zone=norte", "/api/planning/zones/NORTE/calendar"})
    void shouldPassQueryOrPathNamingHeldZone(String uri) {
        client.get()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, bearer(ana()))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @ParameterizedTest
    @CsvSource({"/api/catalog/zones/SUR", "/api/catalog/nodes?zone=SUR", "/api/catalog/zones?zone=OESTE"})
    void shouldLetEveryoneReadCatalogOfAnyZone(String uri) {
        client.get()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, bearer(ana()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.service")
                .isEqualTo("catalog");
    }

    @Test
    void shouldRefuseLeadBodyWithZoneNotHeld() {
        expectZoneNotHeld(postJson("/api/leads", ana(), "{\"name\":\"Juan\",\"zone\":\"SUR\"}"));
    }

    @Test
    void shouldRefuseNestedZoneNotHeldInProspectLocation() {
        expectZoneNotHeld(
                postJson(
                        "/api/tickets",
                        ana(),
                        """
                {"lead":{"name":"Juan","zone":"NORTE"},
                 "prospect":{"offer":{"plan":"FIBRA-300"},"location":{"address":"x","zone":"SUR"}}}"""));
    }

    @Test
    void shouldRefuseZoneNotHeldInsideArrays() {
        expectZoneNotHeld(client.put()
                .uri("/api/technicians/TEC-1")
                .header(HttpHeaders.AUTHORIZATION, bearer(ana()))
                .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                .bodyValue("{\"areas\":[{\"zone\":\"NORTE\"},{\"deep\":[[{\"zone\":\"SUR\"}]]}]}")
                .exchange());
    }

    @Test
    void shouldPassBodyDownstreamUnchangedAfterInspection() {
        String body =
                "{\"name\":\"Juan Pérez\",\"zone\":\"NORTE\",\n  \"location\":{\"zone\":\"NORTE\"},\"zones\":[\"SUR\"]}";

        postJson("/api/leads", ana(), body)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.body")
                .isEqualTo(body)
                .jsonPath("$.headers['content-length'][0]")
                .isEqualTo(String.valueOf(body.getBytes(StandardCharsets.UTF_8).length));
    }

    @Test
    void shouldPassChunkedBodyDownstreamIntact() {
        String body = "{\"zone\":\"NORTE\",\"notes\":\"" + "x".repeat(100_000) + "\"}";

        client.post()
                .uri("/api/leads")
                .header(HttpHeaders.AUTHORIZATION, bearer(ana()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(chunked(body.getBytes(StandardCharsets.UTF_8)), DataBuffer.class)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.body")
                .isEqualTo(body);
    }

    @Test
    void shouldLetCallerWithoutZonesNameAnyZone() {
        postJson("/api/leads", mara(), "{\"name\":\"Juan\",\"zone\":\"SUR\"}")
                .expectStatus()
                .isOk();
        client.get()
                .uri("/api/leads?zone=SUR")
                .header(HttpHeaders.AUTHORIZATION, bearer(mara()))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void shouldRefuseAZonedCallersBodyItCannotCheck() {
        postJson("/api/leads", ana(), "{\"zone\":\"SUR\"")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem:ispflow:malformed-body");
        // parsers disagree on which of two values counts: the zone check must not guess
        postJson("/api/leads", ana(), "{\"zone\":\"SUR\",\"zone\":\"NORTE\"}")
                .expectStatus()
                .isBadRequest();
        postJson("/api/leads", ana(), "{\"zone\":\"NORTE\",\"zone\":\"NORTE\"}")
                .expectStatus()
                .isBadRequest();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json, text/plain", "application/;", "application/*", "*/*"})
    void shouldRefuseAContentTypeNoServiceCanRead(String contentType) {
        for (TestTokens.Builder token : List.of(ana(), mara())) {
            // sent raw: WebTestClient would refuse to send such a header at all
            Api.Response response = Api.at(port)
                    .as(token.token())
                    .send(
                            "POST",
                            "/api/leads",
                            contentType,
                            "{\"name\":\"Juan\",\"zone\":\"NORTE\"}".getBytes(StandardCharsets.UTF_8));
            assertThat(response.status()).as(contentType).isEqualTo(415);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
        }
    }

    // --- body size ---------------------------------------------------------------------------------

    @Test
    void shouldRefuseJsonBodyOverOneMegabyte() {
        String body = "{\"notes\":\"" + "x".repeat(1024 * 1024) + "\"}";

        expectTooLarge(postJson("/api/leads", mara(), body));
    }

    @Test
    void shouldRefuseChunkedJsonBodyOverOneMegabyte() {
        byte[] body =
                ("{\"zone\":\"NORTE\",\"notes\":\"" + "x".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        expectTooLarge(client.post()
                .uri("/api/leads")
                .header(HttpHeaders.AUTHORIZATION, bearer(ana()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(chunked(body), DataBuffer.class)
                .exchange());
    }

    @Test
    void shouldAllowUploadUpToTheUploadLimit() {
        byte[] file = new byte[UPLOAD_LIMIT - 1024];
        Arrays.fill(file, (byte) 'a');

        client.post()
                .uri("/api/leads/imports")
                .header(HttpHeaders.AUTHORIZATION, bearer(ana()))
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(file)
                .exchange()
                .expectStatus()
                .isOk();
        client.post()
                .uri("/api/orders/O-1/photos")
                .header(HttpHeaders.AUTHORIZATION, bearer(ana()))
                .contentType(MediaType.IMAGE_JPEG)
                .body(chunked(file), DataBuffer.class)
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void shouldRefuseUploadOverTheUploadLimit() {
        byte[] file = new byte[UPLOAD_LIMIT + 1];

        expectTooLarge(client.post()
                .uri("/api/leads/imports")
                .header(HttpHeaders.AUTHORIZATION, bearer(ana()))
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(file)
                .exchange());
    }

    // --- CORS and security headers -----------------------------------------------------------------

    @Test
    void shouldAnswerPreflightFromAllowedOriginWithoutToken() {
        client.options()
                .uri("/api/leads")
                .header(HttpHeaders.ORIGIN, "https://app.example.com")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PATCH")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, if-match, content-type")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://app.example.com")
                .expectHeader()
                .value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods)
                        .contains("PATCH"))
                .expectHeader()
                .value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers -> assertThat(headers.toLowerCase())
                        .contains("authorization")
                        .contains("if-match"))
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
    }

    @Test
    void shouldRefusePreflightFromOtherOrigin() {
        client.options()
                .uri("/api/leads")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void shouldExposeResponseHeadersToAllowedOrigin() {
        client.get()
                .uri("/api/leads/L-1")
                .header(HttpHeaders.AUTHORIZATION, bearer(ana()))
                .header(HttpHeaders.ORIGIN, "http://localhost:5173")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173")
                .expectHeader()
                .value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed -> assertThat(exposed)
                        .contains("ETag", "Location", "X-Correlation-Id", "Retry-After", "Idempotent-Replayed"));
    }

    @ParameterizedTest
    @CsvSource({"/api/leads", "/actuator/health", "/webjars/swagger-ui/index.html", "/api/unknown"})
    void shouldSendSecurityHeadersOnEveryResponse(String path) {
        client.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(ana()))
                .exchange()
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .valueEquals("X-Frame-Options", "DENY")
                .expectHeader()
                .valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader()
                .value(
                        "Content-Security-Policy",
                        csp -> assertThat(csp).contains("default-src 'self'").contains("script-src 'self'"))
                .expectHeader()
                .doesNotExist("Strict-Transport-Security");
    }

    @Test
    void shouldServeSwaggerUiThatNeedsNothingTheCspForbids() {
        client.get()
                .uri("/webjars/swagger-ui/index.html")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .exists("Content-Security-Policy")
                .expectBody(String.class)
                .value(html -> assertThat(html)
                        // script-src 'self': every script is a file of the gateway, none inline
                        .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                        .doesNotContain("http://")
                        .doesNotContain("https://"));
        client.get()
                .uri("/webjars/swagger-ui/swagger-initializer.js")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(script -> assertThat(script).contains("/v3/api-docs"));
    }

    @Test
    void shouldSendSecurityHeadersOnRejectedRequests() {
        client.get()
                .uri("/api/leads")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals("X-Frame-Options", "DENY");
    }

    @Test
    void shouldIgnoreForwardedProtoFromUntrustedClientForHsts() {
        client.get()
                .uri("/api/leads")
                .header(HttpHeaders.AUTHORIZATION, bearer(ana()))
                .header("X-Forwarded-Proto", "https")
                .exchange()
                .expectHeader()
                .doesNotExist("Strict-Transport-Security");
    }

    // --- admin-only paths --------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "POST, /api/catalog/plans",
        "PUT, /api/catalog/plans/FIBRA-300",
        "POST, /api/catalog/zones/NORTE/deactivate",
        "POST, /api/leads/L-1/erasure"
    })
    void shouldRefuseAdminOnlyPathsToSales(String method, String path) {
        client.method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(ana()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem:ispflow:forbidden");
    }

    @ParameterizedTest
    @CsvSource({"POST, /api/catalog/plans", "POST, /api/leads/L-1/erasure"})
    void shouldLetAdminUseAdminOnlyPaths(String method, String path) {
        client.method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(admin()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void shouldLetSalesPriceQuotesAtTheCatalog() {
        postJson("/api/catalog/quotes", ana(), "{\"plan\":\"FIBRA-300\"}")
                .expectStatus()
                .isOk();
    }

    // --- helpers -----------------------------------------------------------------------------------

    private WebTestClient.ResponseSpec postJson(String uri, TestTokens.Builder user, String body) {
        return client.post()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, bearer(user))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private static String bearer(TestTokens.Builder user) {
        return "Bearer " + user.token();
    }

    /** The bytes in 64 KiB pieces with no Content-Length: the client sends them chunked. */
    private static Flux<DataBuffer> chunked(byte[] bytes) {
        int piece = 64 * 1024;
        return Flux.range(0, (bytes.length + piece - 1) / piece)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(
                        Arrays.copyOfRange(bytes, i * piece, Math.min(bytes.length, (i + 1) * piece))));
    }

    private static void expectZoneNotHeld(WebTestClient.ResponseSpec response) {
        response.expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem:ispflow:zone-not-held")
                .jsonPath("$.status")
                .isEqualTo(403);
    }

    private static void expectTooLarge(WebTestClient.ResponseSpec response) {
        response.expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(413)
                .jsonPath("$.type")
                .value(type -> assertThat((String) type).startsWith("urn:problem:ispflow:"));
    }
}
