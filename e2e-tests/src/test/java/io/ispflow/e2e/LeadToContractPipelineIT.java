package io.ispflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.e2e.Gateway.Response;
import io.ispflow.e2e.Gateway.User;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
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
 * The whole pipeline on the real stack (PostgreSQL, Kafka, the five services and the gateway, each its
 * own JVM), driven through the gateway only, each step as the user who does it in the office: ana
 * (SALES, NORTE) opens a ticket with a new lead, prospect and installation order; pablo (PLANNER) finds
 * the order unscheduled, registers the technician tito and schedules the visit; bea (BACKOFFICE) makes
 * the contract from the order's prefill; tito (TECHNICIAN, NORTE) installs successfully. Then the
 * contract is ACTIVE, the lead a CUSTOMER and the ticket WON. Also the edge: sol (SALES, SUR) cannot see
 * or touch any of it, and the 401, 403, 413 and 429 answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LeadToContractPipelineIT {

    static final User ADMIN = new User("admin", "ADMIN", "");
    static final User ANA = new User("ana", "SALES", "NORTE");
    static final User SOL = new User("sol", "SALES", "SUR");
    static final User PABLO = new User("pablo", "PLANNER", "");
    static final User BEA = new User("bea", "BACKOFFICE", "");
    static final User TITO = new User("tito", "TECHNICIAN", "NORTE");

    /** A small limit for the gateway so the 429 check needs few requests; polling stays well under it. */
    static final int RATE_LIMIT_BURST = 20;

    static final Duration EVENTUALLY = Duration.ofMinutes(2);

    private LocalStackProcess stack;
    private volatile boolean failed;
    private long startedAt;

    /** What the pipeline made, for the isolation checks. */
    private String leadId;

    private String prospectId;
    private String ticketId;
    private String orderId;
    private String contractId;

    @RegisterExtension
    final TestWatcher failures = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            failed = true;
        }
    };

    @BeforeAll
    void startTheStack() {
        Path repoRoot = Path.of(System.getProperty("ispflow.repo.root", ".."))
                .toAbsolutePath()
                .normalize();
        stack = new LocalStackProcess(repoRoot, repoRoot.resolve("e2e-tests/target/e2e"));
        startedAt = System.nanoTime();
        try {
            stack.start(Map.of(
                    "GATEWAY_RATE_LIMIT_BURST",
                    String.valueOf(RATE_LIMIT_BURST),
                    "GATEWAY_RATE_LIMIT_PER_SECOND",
                    "5"));
        } catch (Throwable e) {
            System.err.println(stack.diagnostics(80));
            stack.close();
            throw e;
        }
        System.out.printf("[e2e] stack up after %d s%n", elapsedSeconds());
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
        System.out.printf("[e2e] done after %d s (stack start, tests and stop)%n", elapsedSeconds());
    }

    // --- the pipeline ------------------------------------------------------------------------------

    @Test
    @Order(1)
    void shouldTakeLeadToActiveContractThroughTheGateway() {
        // the demo catalog, as the admin sees it
        Response zones = eventually().until(() -> Gateway.as(ADMIN).get("/api/catalog/zones?size=100"), this::ok);
        assertThat(codes(zones)).contains("NORTE", "SUR");
        Response plans = Gateway.as(ADMIN).get("/api/catalog/plans?size=100");
        assertThat(plans.status()).as(plans.toString()).isEqualTo(200);
        assertThat(codes(plans)).contains("FIBRA-300");

        // ana opens a ticket with a new lead and prospect in NORTE and asks for the installation; retried
        // until the lead service's copy of the catalog knows the codes (it arrives by catalog.events)
        Response ticket = eventually()
                .until(
                        () -> Gateway.as(ANA).idempotent().post("/api/tickets", wizardBody()),
                        response -> response.status() == 201);
        ticketId = ticket.json().get("id").asString();
        leadId = ticket.json().get("leadId").asString();
        prospectId = ticket.json().get("prospectId").asString();
        assertThat(ticket.json().get("zone").asString()).isEqualTo("NORTE");

        // pablo sees the installation order in the unscheduled column
        JsonNode unscheduled = eventually().until(() -> unscheduledOrderOf(ticketId), order -> order != null);
        orderId = unscheduled.get("id").asString();
        assertThat(unscheduled.get("kind").asString()).isEqualTo("INSTALLATION");

        // pablo registers tito (the local profile's demo data may have him already: then his hours are
        // widened) and schedules the visit
        JsonNode technician = technicianTito();
        Response order = Gateway.as(PABLO).get("/api/orders/" + orderId);
        assertThat(order.status()).as(order.toString()).isEqualTo(200);
        Map<String, Object> slot = new LinkedHashMap<>();
        slot.put("technicianId", technician.get("id").asString());
        slot.put(
                "start",
                OffsetDateTime.now(ZoneOffset.UTC)
                        .plusMinutes(30)
                        .truncatedTo(ChronoUnit.MINUTES)
                        .toString());
        slot.put("durationMinutes", 120);
        slot.put("override", true);
        Response scheduled = Gateway.as(PABLO)
                .with("If-Match", order.header("ETag"))
                .put("/api/orders/" + orderId + "/schedule", slot);
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);

        // bea makes the contract from the prefill (once the contract service has the order)
        Response prefill =
                eventually().until(() -> Gateway.as(BEA).get("/api/contracts/prefill?orderId=" + orderId), this::ok);
        List<String> nodes = new ArrayList<>();
        prefill.json().get("nodes").forEach(node -> nodes.add(node.get("code").asString()));
        assertThat(nodes).as(prefill.toString()).isNotEmpty();
        Response contract = Gateway.as(BEA)
                .idempotent()
                .post(
                        "/api/contracts",
                        Map.of(
                                "orderId",
                                orderId,
                                "technical",
                                Map.of(
                                        "node",
                                        nodes.get(0),
                                        "connectionMode",
                                        "STATIC_IP",
                                        "ipAddress",
                                        "10.20.30.40")));
        assertThat(contract.status()).as(contract.toString()).isEqualTo(201);
        contractId = contract.json().get("id").asString();

        // tito installs it
        Response started = Gateway.as(TITO).post("/api/orders/" + orderId + "/start", Map.of());
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        // the completion opens a trace at the client; it must reach the contract's activation and the
        // lead's conversion through the gateway, order.completed and contract.activated
        String traceId = UUID.randomUUID().toString().replace("-", "");
        Response completed = Gateway.as(TITO)
                .with("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                .put(
                        "/api/orders/" + orderId + "/completion",
                        Map.of(
                                "outcome",
                                "SUCCESS",
                                "equipment",
                                List.of(Map.of(
                                        "type", "ONT",
                                        "model", "HG8145V5",
                                        "serial", "48575443E2E00001",
                                        "mac", "A4:B1:C2:D3:E4:F5")),
                                "notes",
                                "signal -19 dBm"));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);

        // the events go round: contract ACTIVE, lead CUSTOMER, ticket WON
        eventually().untilAsserted(() -> {
            Response activeContract = Gateway.as(BEA).get("/api/contracts/" + contractId);
            assertThat(activeContract.json().get("status").asString())
                    .as(activeContract.toString())
                    .isEqualTo("ACTIVE");
            Response customer = Gateway.as(ANA).get("/api/leads/" + leadId);
            assertThat(customer.json().get("stage").asString())
                    .as(customer.toString())
                    .isEqualTo("CUSTOMER");
            Response won = Gateway.as(ANA).get("/api/tickets/" + ticketId);
            assertThat(won.json().get("status").asString()).as(won.toString()).isEqualTo("WON");
        });
        try (EventLog events = new EventLog()) {
            assertThat(events.traceIdOf("contract.events", contractId, "contract.activated.v1"))
                    .as("contract.activated continues the completion's trace")
                    .isEqualTo(traceId);
            assertThat(events.traceIdOf("lead.events", leadId, "lead.stage-changed.v1"))
                    .as("the lead's conversion to CUSTOMER continues the same trace")
                    .isEqualTo(traceId);
        }
        System.out.printf("[e2e] pipeline done %d s after the start%n", elapsedSeconds());
    }

    // --- zone isolation ----------------------------------------------------------------------------

    @Test
    @Order(2)
    void shouldHideNorteRecordsFromSurSalespersonOnEveryService() {
        assertThat(contractId).as("the pipeline must have run first").isNotNull();
        Gateway sol = Gateway.as(SOL);
        for (String path : List.of(
                "/api/leads/" + leadId,
                "/api/prospects/" + prospectId,
                "/api/tickets/" + ticketId,
                "/api/orders/" + orderId,
                "/api/contracts/" + contractId)) {
            Response response = sol.get(path);
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
        }
        Response comment = sol.post("/api/tickets/" + ticketId + "/comments", Map.of("text", "¿es mío?"));
        assertThat(comment.status()).as(comment.toString()).isEqualTo(404);

        // ana, in NORTE, still sees them
        Response own = Gateway.as(ANA).get("/api/leads/" + leadId);
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void shouldRefuseAtTheGatewayARecordPlacedInAZoneNotHeld() {
        Response lead = Gateway.as(SOL).post("/api/leads", leadBody("NORTE"));
        assertThat(lead.status()).as(lead.toString()).isEqualTo(403);
        assertThat(lead.json().get("type").asString()).isEqualTo("urn:problem:ispflow:zone-not-held");

        Response listing = Gateway.as(SOL).get("/api/contracts?zone=NORTE");
        assertThat(listing.status()).as(listing.toString()).isEqualTo(403);
    }

    // --- the edge ----------------------------------------------------------------------------------

    @Test
    @Order(4)
    void shouldAnswerUnauthorizedWithoutToken() {
        for (String path :
                List.of("/api/leads", "/api/tickets", "/api/orders", "/api/contracts", "/api/catalog/zones")) {
            Response response = Gateway.anonymous().get(path);
            assertThat(response.status()).as(response.toString()).isEqualTo(401);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    @Order(5)
    void shouldRefuseJsonBodyOverTheLimit() {
        String twoMegabytes = "{\"name\":\"big\",\"zone\":\"NORTE\",\"notes\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

        Response response = Gateway.as(ANA).post("/api/leads", twoMegabytes);

        assertThat(response.status()).as(response.toString()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    @Order(6)
    void shouldAnswerTooManyRequestsPastTheRateLimit() {
        Gateway flooder = Gateway.as(new User("flood-" + UUID.randomUUID(), "SALES", "NORTE"));
        int requests = RATE_LIMIT_BURST * 3;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<CompletableFuture<Response>> calls = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> flooder.get("/api/catalog/zones"), pool));
            }
            List<Response> responses =
                    calls.stream().map(CompletableFuture::join).toList();
            List<Response> limited =
                    responses.stream().filter(r -> r.status() == 429).toList();
            assertThat(limited).as("429 answers among " + requests).isNotEmpty();
            Response first = limited.get(0);
            assertThat(Long.parseLong(first.header("Retry-After"))).isGreaterThanOrEqualTo(1);
            assertThat(first.header("Content-Type")).startsWith("application/problem+json");
            assertThat(responses.stream().filter(r -> r.status() == 200).count())
                    .as("the burst is served")
                    .isGreaterThanOrEqualTo(RATE_LIMIT_BURST);
        } finally {
            pool.shutdownNow();
        }

        // another user is not affected
        Response other = Gateway.as(ANA).get("/api/catalog/zones");
        assertThat(other.status()).as(other.toString()).isEqualTo(200);
    }

    // --- privacy -----------------------------------------------------------------------------------

    @Test
    @Order(7)
    void shouldRefuseToEraseACustomerWithAnActiveContractNamingIt() {
        assertThat(contractId).as("the pipeline must have run first").isNotNull();
        String number = Gateway.as(BEA)
                .get("/api/contracts/" + contractId)
                .json()
                .get("number")
                .asString();

        Response refused = Gateway.as(ADMIN).post("/api/leads/" + leadId + "/erasure", Map.of());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:problem:ispflow:contracts-in-force");
        assertThat(refused.json().get("detail").asString()).contains(number + " ACTIVE");
        Response customer = Gateway.as(ANA).get("/api/leads/" + leadId);
        assertThat(customer.json().get("name").asString()).as("nothing erased").startsWith("Juana Pipeline");
    }

    /**
     * A person who went through the wizard to an installation order and a contract not yet active asks
     * to be forgotten: afterwards no database and no topic of the stack holds their name, document,
     * e-mail or phones, every service confirmed, and a duplicate of the erasure event changes nothing.
     */
    @Test
    @Order(8)
    void shouldEraseAPersonFromEveryServiceDatabaseAndEveryTopic() {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String digits = String.valueOf(Math.abs(tag.hashCode()) % 9_000_000 + 1_000_000);
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("personType", "INDIVIDUAL");
        person.put("name", "Eulalia Borrable " + tag);
        person.put("documentType", "DNI");
        person.put("documentNumber", "3" + digits);
        person.put("email", "eulalia." + tag + "@example.com");
        person.put("phone", "+54 11 4" + digits.substring(0, 3) + "-" + digits.substring(3));
        person.put("mobile", "+54 9 11 6" + digits.substring(0, 3) + "-" + digits.substring(3));
        person.put("origin", "WEB");
        person.put("zone", "NORTE");
        Map<String, Object> body = wizardBody();
        body.put("lead", Map.of("new", person));
        Response ticket = eventually()
                .until(() -> Gateway.as(ANA).idempotent().post("/api/tickets", body), r -> r.status() == 201);
        String erasedLead = ticket.json().get("leadId").asString();
        String erasedTicket = ticket.json().get("id").asString();
        JsonNode order = eventually().until(() -> unscheduledOrderOf(erasedTicket), found -> found != null);
        String erasedOrder = order.get("id").asString();
        Response prefill = eventually()
                .until(() -> Gateway.as(BEA).get("/api/contracts/prefill?orderId=" + erasedOrder), this::ok);
        Response contract = Gateway.as(BEA)
                .idempotent()
                .post(
                        "/api/contracts",
                        Map.of(
                                "orderId",
                                erasedOrder,
                                "technical",
                                Map.of(
                                        "node",
                                        prefill.json()
                                                .get("nodes")
                                                .get(0)
                                                .get("code")
                                                .asString(),
                                        "connectionMode",
                                        "DHCP")));
        assertThat(contract.status()).as(contract.toString()).isEqualTo(201);
        String erasedContract = contract.json().get("id").asString();
        List<String> identity = new ArrayList<>();
        for (String field : List.of("name", "documentNumber", "email", "phone", "mobile")) {
            identity.add((String) person.get(field));
        }
        // the phones as the services may keep them for matching: digits only
        identity.add(((String) person.get("phone")).replaceAll("\\D", ""));
        identity.add(((String) person.get("mobile")).replaceAll("\\D", ""));
        assertThat(PersonalDataScan.inDatabases(identity))
                .as("before the erasure the person is where the services keep them")
                .isNotEmpty();
        assertThat(PersonalDataScan.onTopics(List.of(erasedTicket, erasedOrder, erasedContract)))
                .as("the search reads every topic: it finds the records' ids")
                .isNotEmpty();
        assertThat(PersonalDataScan.onTopics(identity))
                .as("personal fields travel sealed, never in clear")
                .isEmpty();
        assertThat(PersonalDataScan.query(
                        "person_keys",
                        "SELECT count(*) FROM person_key WHERE person_id = ?::uuid AND wrapped_key IS NOT NULL",
                        erasedLead))
                .as("the person's key exists and seals their data")
                .containsExactly("1");
        Response export = Gateway.as(ADMIN).get("/api/leads/" + erasedLead + "/personal-data");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.raw().body())
                .contains((String) person.get("email"), erasedTicket, erasedOrder, erasedContract);

        Response erased = Gateway.as(ADMIN).post("/api/leads/" + erasedLead + "/erasure", Map.of());

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        JsonNode progress = eventually()
                .until(
                        () -> Gateway.as(ADMIN)
                                .get("/api/leads/" + erasedLead + "/erasure")
                                .json(),
                        p -> p.get("complete").asBoolean());
        List<String> confirmed = new ArrayList<>();
        progress.get("services").forEach(service -> {
            assertThat(service.get("confirmed").asBoolean())
                    .as(service.toString())
                    .isTrue();
            confirmed.add(service.get("service").asString());
        });
        assertThat(confirmed)
                .containsExactlyInAnyOrder("lead-service", "sales-desk-service", "order-service", "contract-service");
        assertThat(PersonalDataScan.query(
                        "person_keys",
                        "SELECT count(*) FROM person_key WHERE person_id = ?::uuid AND wrapped_key IS NULL"
                                + " AND destroyed_at IS NOT NULL",
                        erasedLead))
                .as("the key is destroyed: every sealed copy on every topic is unreadable")
                .containsExactly("1");
        assertThat(PersonalDataScan.inDatabases(identity))
                .as("left in a database")
                .isEmpty();
        assertThat(PersonalDataScan.onTopics(identity))
                .as("readable on a topic")
                .isEmpty();
        Response afterwards = Gateway.as(ADMIN).get("/api/leads/" + erasedLead + "/personal-data");
        assertThat(afterwards.status()).as(afterwards.toString()).isEqualTo(200);
        assertThat(afterwards.raw().body()).doesNotContain((String) person.get("email"), (String) person.get("name"));
        Response activation = Gateway.as(BEA).get("/api/contracts/" + erasedContract);
        assertThat(activation.json().get("status").asString()).isNotEqualTo("ACTIVE");

        // a duplicate delivery of lead.erased.v1 (the same record, the same ce_id), then a new request:
        // each service confirms the new request once more and ignores the duplicate
        ConsumerRecord<byte[], byte[]> first = recordOf("lead.events", erasedLead, "lead.erased.v1");
        resend(first);
        Response again = Gateway.as(ADMIN).post("/api/leads/" + erasedLead + "/erasure", Map.of());
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        for (String type : List.of(
                "ticket.personal-data-erased.v1",
                "order.personal-data-erased.v1",
                "contract.personal-data-erased.v1")) {
            eventually()
                    .untilAsserted(
                            () -> assertThat(count(erasedLead, type)).as(type).isEqualTo(2));
        }
        assertThat(PersonalDataScan.inDatabases(identity)).isEmpty();
    }

    // --- fixtures ----------------------------------------------------------------------------------

    /** The first record of that type keyed by {@code key} on {@code topic}. */
    private static ConsumerRecord<byte[], byte[]> recordOf(String topic, String key, String type) {
        List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
        PersonalDataScan.eachRecord(record -> {
            if (record.topic().equals(topic) && matches(record, key, type)) {
                found.add(record);
            }
        });
        assertThat(found).as(type + " keyed " + key).isNotEmpty();
        return found.get(0);
    }

    /** How many records of that type keyed by {@code key} are on any topic. */
    private static long count(String key, String type) {
        long[] count = {0};
        PersonalDataScan.eachRecord(record -> {
            if (matches(record, key, type)) {
                count[0]++;
            }
        });
        return count[0];
    }

    private static boolean matches(ConsumerRecord<byte[], byte[]> record, String key, String type) {
        Header typeHeader = record.headers().lastHeader("ce_type");
        return record.key() != null
                && key.equals(new String(record.key(), StandardCharsets.UTF_8))
                && typeHeader != null
                && type.equals(new String(typeHeader.value(), StandardCharsets.UTF_8));
    }

    /** Sends the record again, byte for byte with its headers, as a redelivery would. */
    private static void resend(ConsumerRecord<byte[], byte[]> record) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(
                            record.topic(), record.partition(), record.key(), record.value(), record.headers()))
                    .get();
        } catch (Exception failure) {
            throw new IllegalStateException("Could not resend " + record, failure);
        }
    }

    private static ConditionFactory eventually() {
        return Awaitility.await()
                .atMost(EVENTUALLY)
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions();
    }

    private boolean ok(Response response) {
        return response.status() == 200;
    }

    private long elapsedSeconds() {
        return Duration.ofNanos(System.nanoTime() - startedAt).toSeconds();
    }

    private static List<String> codes(Response page) {
        return Gateway.items(page).stream()
                .map(item -> item.get("code").asString())
                .toList();
    }

    static JsonNode unscheduledOrderOf(String ticketId) {
        Response page = Gateway.as(PABLO).get("/api/planning/unscheduled?zone=NORTE&size=200");
        if (page.status() != 200) {
            return null;
        }
        return Gateway.items(page).stream()
                .filter(order -> ticketId.equals(order.path("ticketId").asString(null)))
                .findFirst()
                .orElse(null);
    }

    private static Map<String, Object> leadBody(String zone) {
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("personType", "INDIVIDUAL");
        lead.put("name", "Juana Pipeline " + UUID.randomUUID().toString().substring(0, 8));
        lead.put("email", "juana.pipeline@example.com");
        lead.put("mobile", "+54 9 11 5555-0101");
        lead.put("origin", "WEB");
        lead.put("zone", zone);
        return lead;
    }

    static Map<String, Object> wizardBody() {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("address", "Av. Siempreviva 742");
        location.put("city", "Springfield");
        location.put("postalCode", "1640");
        location.put("province", "Buenos Aires");
        location.put("country", "AR");
        location.put("latitude", -34.6);
        location.put("longitude", -58.4);
        location.put("zone", "NORTE");
        Map<String, Object> prospect = Map.of(
                "offer",
                Map.of(
                        "plan",
                        "FIBRA-300",
                        "recurringItems",
                        List.of("ROUTER-WIFI6"),
                        "discounts",
                        List.of("PROMO-50-3M")),
                "location",
                location);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lead", Map.of("new", leadBody("NORTE")));
        body.put("prospect", Map.of("new", prospect));
        body.put("create", "TICKET_AND_INSTALLATION");
        return body;
    }

    /** pablo makes sure tito exists, serves NORTE and works every day all day, so any slot fits. */
    private static JsonNode technicianTito() {
        Gateway pablo = Gateway.as(PABLO);
        Response list = pablo.get("/api/technicians?zone=NORTE&size=200");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        JsonNode existing = Gateway.items(list).stream()
                .filter(technician -> "tito".equals(technician.path("userId").asString(null)))
                .findFirst()
                .orElse(null);
        if (existing == null) {
            Response created = pablo.post("/api/technicians", technicianBody());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            return created.json();
        }
        String path = "/api/technicians/" + existing.get("id").asString();
        Response current = pablo.get(path);
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        Response updated = pablo.with("If-Match", current.header("ETag")).put(path, technicianBody());
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        return updated.json();
    }

    private static Map<String, Object> technicianBody() {
        Map<String, Object> hours = new LinkedHashMap<>();
        Arrays.stream(DayOfWeek.values())
                .forEach(day -> hours.put(day.name(), Map.of("start", "00:00", "end", "23:59")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userId", "tito");
        body.put("name", "Tito Técnico");
        body.put("zones", List.of("NORTE"));
        body.put("skills", List.of("FIBER"));
        body.put("workingHours", hours);
        body.put("timeZone", "America/Argentina/Buenos_Aires");
        return body;
    }
}
