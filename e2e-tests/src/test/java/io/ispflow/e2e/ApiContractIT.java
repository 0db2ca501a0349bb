package io.ispflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.ispflow.e2e.ApiFuzzer.Case;
import io.ispflow.e2e.Gateway.Response;
import io.ispflow.e2e.Gateway.User;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import tools.jackson.databind.JsonNode;

/**
 * The public API as a contract, on the real stack through the gateway: the five OpenAPI documents pass
 * a real linter (Redocly CLI), the reproductions of the robustness report each answer a 4xx problem
 * detail, and a fuzz test driven by the documents sends hostile input to every operation and fails on
 * any 5xx, any status the operation does not document, any error that is not a problem detail, and any
 * answer that names an internal class. Figures are printed; the report is kept in
 * {@code e2e-tests/target/api-contract/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiContractIT {

    static final List<String> DOCUMENTS = List.of("catalog", "lead", "sales-desk", "order", "contract");
    static final Map<String, Integer> SERVICE_PORTS =
            Map.of("catalog", 8081, "lead", 8082, "sales-desk", 8083, "order", 8084, "contract", 8085);

    static final User ADMIN = new User("admin", "ADMIN", "");
    static final User ANA = new User("ana", "SALES", "NORTE");
    static final User FUZZ_MANAGER = new User("fuzz-mara", "MANAGER,SALES", "");
    static final User FUZZ_NORTE = new User("fuzz-norte", "SALES,PLANNER,BACKOFFICE", "NORTE");

    /** Redocly CLI, pinned: a new release cannot turn the build red on its own. */
    static final String REDOCLY = "@redocly/cli@2.77.0";

    static final long FUZZ_SEED = Long.getLong("ispflow.fuzz.seed", 20261202L);

    private final Path reportDir = Path.of("target", "api-contract");
    private LocalStackProcess stack;
    private volatile boolean failed;
    private final Map<String, JsonNode> documents = new LinkedHashMap<>();

    @RegisterExtension
    final TestWatcher failures = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            failed = true;
        }
    };

    @BeforeAll
    void startTheStack() throws IOException {
        Path repoRoot = Path.of(System.getProperty("ispflow.repo.root", ".."))
                .toAbsolutePath()
                .normalize();
        Files.createDirectories(reportDir);
        stack = new LocalStackProcess(repoRoot, repoRoot.resolve("e2e-tests/target/e2e"));
        try {
            // the fuzz test sends thousands of requests: the rate limit (checked by the pipeline test) must
            // not turn them into 429s that test nothing
            stack.start(Map.of("GATEWAY_RATE_LIMIT_BURST", "100000", "GATEWAY_RATE_LIMIT_PER_SECOND", "100000"));
        } catch (Throwable e) {
            System.err.println(stack.diagnostics(80));
            stack.close();
            throw e;
        }
        for (String name : DOCUMENTS) {
            Response document = Awaitility.await()
                    .atMost(Duration.ofMinutes(1))
                    .ignoreExceptions()
                    .until(() -> Gateway.anonymous().get("/v3/api-docs/" + name), response -> response.status() == 200);
            documents.put(name, document.json());
            Files.writeString(reportDir.resolve(name + ".json"), document.raw().body());
        }
    }

    @AfterAll
    void stopTheStack() {
        if (stack == null) {
            return;
        }
        if (failed) {
            System.err.println(stack.diagnostics(80));
        }
        stack.close();
    }

    @Test
    @Order(1)
    void theFiveDocumentsPassTheLinter() throws Exception {
        if (!commandWorks("npx", "--version")) {
            if (Boolean.getBoolean("ispflow.api-lint.required")) {
                fail("Node.js (npx) is needed to lint the OpenAPI documents; install it (apt-get install nodejs npm).");
            }
            Assumptions.abort("Node.js (npx) is not installed: the OpenAPI lint is skipped here (CI installs Node and"
                    + " requires it with -Dispflow.api-lint.required=true)");
        }
        List<String> command = new ArrayList<>(List.of(
                "npx",
                "--yes",
                REDOCLY,
                "lint",
                "--config",
                Path.of("redocly.yaml").toAbsolutePath().toString(),
                "--format",
                "stylish"));
        DOCUMENTS.forEach(name -> command.add(reportDir.resolve(name + ".json").toString()));
        Process lint = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(5, TimeUnit.MINUTES)).isTrue();
        Files.writeString(reportDir.resolve("redocly-lint.txt"), output);
        System.out.println("[api-contract] Redocly CLI lint of the five documents:\n" + output);
        assertThat(lint.exitValue())
                .as("Redocly lint (report in " + reportDir + "/redocly-lint.txt)")
                .isZero();
    }

    @Test
    @Order(2)
    void everyDocumentIsComplete() {
        List<String> gaps = new ArrayList<>();
        Map<String, String> operationIds = new TreeMap<>();
        documents.forEach((service, document) -> {
            for (String member : List.of("description", "license", "contact")) {
                if (document.path("info").path(member).isMissingNode()) {
                    gaps.add(service + ": info has no " + member);
                }
            }
            document.path("paths")
                    .properties()
                    .forEach(path -> path.getValue().properties().forEach(entry -> {
                        JsonNode operation = entry.getValue();
                        String where = service + " " + entry.getKey().toUpperCase() + " " + path.getKey();
                        String id = operation.path("operationId").asString("");
                        if (id.isEmpty() || id.matches(".*_\\d+$")) {
                            gaps.add(where + ": operationId '" + id + "'");
                        } else if (operationIds.put(id, where) != null) {
                            gaps.add(where + ": operationId '" + id + "' also used by " + operationIds.get(id));
                        }
                        if (operation.path("summary").asString("").isBlank()) {
                            gaps.add(where + ": no summary");
                        }
                        operation.path("tags").forEach(tag -> {
                            if (tag.asString().endsWith("-controller")) {
                                gaps.add(where + ": tag " + tag.asString());
                            }
                        });
                        JsonNode responses = operation.path("responses");
                        if (responses.propertyNames().stream().noneMatch(status -> status.startsWith("2"))) {
                            gaps.add(where + ": no success status");
                        }
                        for (String status : List.of("400", "401", "403", "500")) {
                            if (!responses.has(status)) {
                                gaps.add(where + ": does not document " + status);
                            }
                        }
                        JsonNode body =
                                operation.path("requestBody").path("content").path("application/json");
                        if (!body.isMissingNode() && !body.has("example") && !body.has("examples")) {
                            gaps.add(where + ": no request example");
                        }
                        responses.properties().forEach(response -> {
                            if (!response.getKey().startsWith("2")) {
                                return;
                            }
                            JsonNode content = response.getValue().path("content");
                            if (content.has("*/*")) {
                                gaps.add(where + ": " + response.getKey() + " answers */*");
                            }
                            JsonNode json = content.path("application/json");
                            if (!json.isMissingNode() && !json.has("example") && !json.has("examples")) {
                                gaps.add(where + ": " + response.getKey() + " has no example");
                            }
                        });
                        operation.path("parameters").forEach(parameter -> {
                            if ("filter".equals(parameter.path("name").asString())) {
                                gaps.add(where + ": filters documented as one object parameter 'filter'");
                            }
                        });
                    }));
        });
        assertThat(gaps).as("gaps in the OpenAPI documents").isEmpty();
        JsonNode createLead = documents.get("lead").at("/paths/~1api~1leads/post/responses");
        assertThat(createLead.has("201")).isTrue();
        assertThat(createLead.at("/201/headers").propertyNames()).contains("Location", "ETag");
        List<String> leadFilters = new ArrayList<>();
        documents
                .get("lead")
                .at("/paths/~1api~1leads/get/parameters")
                .forEach(p -> leadFilters.add(p.path("name").asString()));
        assertThat(leadFilters).contains("zone", "status", "q", "page", "size", "sort");
    }

    @Test
    @Order(3)
    void theReproductionsOfTheRobustnessReportAnswerA4xxProblem() {
        Gateway ana = Gateway.as(ANA);
        Gateway admin = Gateway.as(ADMIN);
        String lead = "{\"name\":\"Ramón Ortiz\",\"zone\":\"NORTE\",\"origin\":\"WEB\"}";

        // 1. an unparseable Content-Type, for a user with zones (was a 500 from the gateway) and without
        for (String type :
                List.of("application/json, text/plain", "application/;", "application/json; charset=ebcdic")) {
            expectProblem(ana.raw("POST", "/api/leads", type, bytes(lead), Map.of()), 415);
            expectProblem(admin.raw("POST", "/api/leads", type, bytes(lead), Map.of()), 415);
        }
        // 2. a wildcard Content-Type (was a 500 in every service)
        for (String path :
                List.of("/api/leads", "/api/tickets", "/api/catalog/plans", "/api/technicians", "/api/contracts")) {
            expectProblem(admin.raw("POST", path, "application/*", bytes("{}"), Map.of()), 415);
        }
        // 3. broken multipart bodies (were a 500 in every service) and 6. a 5,000-character photo file name
        String orderId = anInstallationOrder();
        for (String path : List.of("/api/leads/imports", "/api/orders/" + orderId + "/photos")) {
            byte[] part = part("file", "photo.png", PNG);
            expectProblem(admin.raw("POST", path, "multipart/form-data", part, Map.of()), 400);
            expectProblem(
                    admin.raw("POST", path, MULTIPART, java.util.Arrays.copyOf(part, part.length / 2), Map.of()), 400);
            expectProblem(admin.raw("POST", path, MULTIPART, part("file", "a\u0000b.png", PNG), Map.of()), 400);
        }
        expectProblem(
                admin.raw(
                        "POST",
                        "/api/orders/" + orderId + "/photos",
                        MULTIPART,
                        part("file", "n".repeat(5_000) + ".png", PNG),
                        Map.of()),
                400);
        // 4. NUL in a text field and in a query parameter (was a 409 "conflicts with existing data")
        expectProblem(
                ana.raw(
                        "POST",
                        "/api/leads",
                        "application/json",
                        bytes("{\"name\":\"a\\u0000b\",\"zone\":\"NORTE\",\"origin\":\"WEB\"}"),
                        Map.of()),
                400);
        expectProblem(ana.raw("GET", "/api/leads?q=a%00b", null, null, Map.of()), 400);
        // 5. a CSV header of 100,000 columns (was a 409)
        StringBuilder wide = new StringBuilder("name");
        for (int column = 1; column < 100_000; column++) {
            wide.append(",c").append(column);
        }
        expectProblem(
                admin.raw(
                        "POST",
                        "/api/leads/imports",
                        MULTIPART,
                        part("file", "wide.csv", bytes(wide + "\nx\n")),
                        Map.of()),
                400);
        // 7. a 400 names the field, never the Java class behind it
        Response typed = expectProblem(
                ana.raw(
                        "POST",
                        "/api/leads",
                        "application/json",
                        bytes("{\"name\":\"Ramón\",\"zone\":{\"code\":\"NORTE\"}}"),
                        Map.of()),
                400);
        assertThat(typed.raw().body()).contains("zone").doesNotContain("io.ispflow", "LeadRequest");

        // zones: a zoned user cannot leave a lead without a zone, by PUT or by import
        Response created = ana.idempotent().post("/api/leads", Gateway.JSON.readTree(lead));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String leadPath = "/api/leads/" + created.json().get("id").asString();
        Response withoutZone = ana.with("If-Match", created.header("ETag"))
                .put(leadPath, Map.of("name", "Ramón Ortiz", "origin", "WEB"));
        expectProblem(withoutZone, 400);
        assertThat(ana.get(leadPath).json().get("zone").asString()).isEqualTo("NORTE");
        // duplicate keys: refused, not read as the last one
        expectProblem(
                ana.raw(
                        "POST",
                        "/api/leads",
                        "application/json",
                        bytes("{\"name\":\"Ramón\",\"zone\":\"SUR\",\"zone\":\"NORTE\"}"),
                        Map.of()),
                400);
        expectProblem(
                admin.raw(
                        "POST",
                        "/api/leads",
                        "application/json",
                        bytes("{\"name\":\"Ramón\",\"zone\":\"SUR\",\"zone\":\"NORTE\"}"),
                        Map.of()),
                400);

        // management endpoints beyond health (and the scrape) answer no user token, straight at the service
        SERVICE_PORTS.forEach((service, port) -> {
            assertThat(direct(port, "/actuator/metrics", ANA))
                    .as(service + " /actuator/metrics")
                    .isEqualTo(404);
            assertThat(direct(port, "/actuator/env", ADMIN))
                    .as(service + " /actuator/env")
                    .isEqualTo(404);
            assertThat(direct(port, "/actuator/health/readiness", null))
                    .as(service + " readiness")
                    .isEqualTo(200);
        });
    }

    @Test
    @Order(4)
    void fuzzingEveryOperationFindsNo5xxAndNoUndocumentedAnswer() throws Exception {
        List<User> users = List.of(FUZZ_MANAGER, FUZZ_NORTE, ADMIN);
        Map<String, Gateway> gateways = new ConcurrentHashMap<>();
        users.forEach(user -> gateways.put(user.sub(), Gateway.as(user)));
        List<Case> cases = new ApiFuzzer(documents, users, FUZZ_SEED).cases();
        System.out.printf(
                "[api-contract] fuzzing %d operations with %d requests (seed %d)%n",
                cases.stream().map(Case::operationId).distinct().count(), cases.size(), FUZZ_SEED);

        Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> byService = new ConcurrentHashMap<>();
        List<String> findings = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Case c : cases) {
                running.add(pool.submit(() -> {
                    Response response;
                    try {
                        response = send(gateways, c);
                    } catch (RuntimeException twice) {
                        findings.add(c + " -> no answer: " + twice.getMessage());
                        return;
                    }
                    byStatus.computeIfAbsent(response.status(), status -> new AtomicInteger())
                            .incrementAndGet();
                    byService
                            .computeIfAbsent(c.service(), service -> new AtomicInteger())
                            .incrementAndGet();
                    for (String problem : ApiFuzzer.check(c, response)) {
                        findings.add(c + " -> " + problem + " | "
                                + ApiFuzzer.snippet(response.raw().body()));
                    }
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

        StringBuilder report = new StringBuilder();
        report.append(String.format("requests: %d in %d s (seed %d)%n", cases.size(), seconds, FUZZ_SEED));
        report.append("by status: ").append(new TreeMap<>(byStatus)).append('\n');
        report.append("by service: ").append(new TreeMap<>(byService)).append('\n');
        long fiveHundreds = byStatus.entrySet().stream()
                .filter(entry -> entry.getKey() >= 500)
                .mapToLong(entry -> entry.getValue().get())
                .sum();
        report.append("5xx: ").append(fiveHundreds).append('\n');
        report.append("findings: ").append(findings.size()).append('\n');
        findings.stream()
                .sorted()
                .forEach(finding -> report.append("  ").append(finding).append('\n'));
        Files.writeString(reportDir.resolve("fuzz-report.txt"), report.toString());
        System.out.println("[api-contract] fuzz test:\n"
                + (report.length() > 20_000 ? report.substring(0, 20_000) + "\n(rest in fuzz-report.txt)" : report));
        assertThat(findings)
                .as("fuzz findings (report in " + reportDir + "/fuzz-report.txt)")
                .isEmpty();
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private static final String BOUNDARY = "ReproBoundary7MA4YWxkTrZu0gW";
    private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;
    private static final byte[] PNG = ApiFuzzer.PNG;

    /** ana opens a ticket with an installation order through the wizard; the order's id once it exists. */
    private static String anInstallationOrder() {
        Response ticket = Awaitility.await()
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(
                        () -> Gateway.as(ANA).idempotent().post("/api/tickets", LeadToContractPipelineIT.wizardBody()),
                        response -> response.status() == 201);
        String ticketId = ticket.json().get("id").asString();
        JsonNode order = Awaitility.await()
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> LeadToContractPipelineIT.unscheduledOrderOf(ticketId), found -> found != null);
        return order.get("id").asString();
    }

    /**
     * One retry on a connection failure: the client may pick a pooled connection the server has just closed
     * (after an answer with {@code Connection: close}). A request that fails twice is a finding.
     */
    private static Response send(Map<String, Gateway> gateways, Case c) {
        try {
            return gateways.get(c.user().sub()).raw(c.method(), c.path(), c.contentType(), c.body(), c.headers());
        } catch (java.io.UncheckedIOException once) {
            return gateways.get(c.user().sub()).raw(c.method(), c.path(), c.contentType(), c.body(), c.headers());
        }
    }

    private static Response expectProblem(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.toString()).startsWith("application/problem+json");
        assertThat(ApiFuzzer.INTERNALS.matcher(response.raw().body()).find())
                .as("names internals: " + response)
                .isFalse();
        return response;
    }

    private static int direct(int port, String path, User user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (user != null) {
            request.header("Authorization", "Bearer " + user.token());
        }
        try {
            return HttpClient.newHttpClient()
                    .send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] part(String name, String fileName, byte[] content) {
        return ApiFuzzer.part(BOUNDARY, name, fileName, "application/octet-stream", content);
    }

    private static boolean commandWorks(String... command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static byte[] bytes(String text) {
        return ApiFuzzer.bytes(text);
    }
}
