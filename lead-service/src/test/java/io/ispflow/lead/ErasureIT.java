package io.ispflow.lead;

import static io.ispflow.lead.LeadFixtures.aLead;
import static io.ispflow.lead.LeadFixtures.aProspect;
import static io.ispflow.lead.TestUser.ADMIN;
import static io.ispflow.lead.TestUser.ANA;
import static io.ispflow.lead.TestUser.MARTA;
import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.contracts.CloudEventHeaders;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import io.ispflow.contracts.contract.ContractPersonalDataErased;
import io.ispflow.contracts.order.OrderPersonalDataErased;
import io.ispflow.contracts.privacy.ErasureConfirmation;
import io.ispflow.contracts.ticket.TicketPersonalDataErased;
import io.ispflow.testsupport.EventSchemas;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The right to erasure: an admin erases a lead's personal data here and asks every other service to. */
class ErasureIT extends LeadTestSupport {

    @Test
    void shouldAnonymiseTheLeadItsProspectsTimelineAndHistory() {
        var body = aLead().withBilling().with("notes", "Vive con su madre").with("mobile", "11 6666 7777");
        String key = UUID.randomUUID().toString();
        JsonNode created = as(ANA).header("Idempotency-Key", key)
                .post("/api/leads", body.body())
                .json();
        String lead = id(created);
        String name = created.get("name").asString();
        String prospect = id(createProspect(ANA, lead, aProspect()));
        as(ANA).post("/api/leads/" + lead + "/timeline", Map.of("type", "NOTE", "text", "Su hija se llama Flor"));
        as(ANA).post(
                        "/api/leads/" + lead + "/timeline",
                        Map.of(
                                "type",
                                "VISIT",
                                "title",
                                "Visita a " + name,
                                "startAt",
                                "2030-01-01T10:00:00Z",
                                "latitude",
                                -34.5,
                                "longitude",
                                -58.4));
        as(ANA).header("If-Match", etag(ANA, "/api/leads/" + lead))
                .put("/api/leads/" + lead, body.withEmail("otro@example.com").body());
        awaitEvent("lead.updated.v1", lead); // published, so the outbox row is a copy to clean

        var response = as(ADMIN).post("/api/leads/" + lead + "/erasure", "");

        assertThat(response.status()).isEqualTo(200);
        JsonNode erased = response.json();
        assertThat(erased.get("name").asString()).isEqualTo("erased");
        for (String field :
                new String[] {"documentNumber", "email", "phone", "mobile", "notes", "billing", "personType"}) {
            assertThat(erased.get(field).isNull()).as(field).isTrue();
        }
        assertThat(erased.get("zone").asString()).as("kept").isEqualTo("NORTE");
        assertThat(erased.get("stage").asString()).as("kept").isEqualTo("PROSPECT");
        JsonNode location = as(ANA).get("/api/prospects/" + prospect).json().get("location");
        assertThat(location.get("address").isNull()).isTrue();
        assertThat(location.get("latitude").isNull()).isTrue();
        assertThat(location.get("city").asString()).isEqualTo("Vicente López");
        JsonNode timeline =
                as(ANA).get("/api/leads/" + lead + "/timeline").json().get("items");
        timeline.forEach(entry -> {
            assertThat(entry.get("text").isNull()).isTrue();
            assertThat(entry.get("latitude").isNull()).isTrue();
            assertThat(entry.get("title").asString("erased")).isEqualTo("erased");
        });
        JsonNode history = history(ANA, lead);
        assertThat(history.get(0).get("action").asString()).isEqualTo("ERASED");
        history.forEach(entry -> entry.get("changes").forEach(change -> {
            assertThat(change.get("before").isNull()).isTrue();
            assertThat(change.get("after").isNull()).isTrue();
        }));
        assertThat(history.toString()).doesNotContain(name, "otro@example.com");
        assertThat(as(ANA).get("/api/leads/duplicates?document=" + body.get("documentNumber"))
                        .json()
                        .get("candidates")
                        .size())
                .isZero();
        JsonNode event = awaitEvent("lead.erased.v1", lead);
        assertThat(event.get("erasedBy").asString()).isEqualTo("admin");
        JsonNode onTopic = awaitSealedEvent("lead.created.v1", lead);
        assertThat(onTopic.get("lead").get("contact").get("name").asString())
                .as("sealed on the topic")
                .startsWith("ispflow:pii:v1:" + lead + ":");
        assertThat(personalData
                        .open(onTopic)
                        .get("lead")
                        .get("contact")
                        .get("name")
                        .isNull())
                .as("the key is destroyed: what is on the topic can no longer be read")
                .isTrue();
        assertThat(count(
                        "SELECT count(*) FROM outbox_event WHERE event_key = :key AND payload LIKE :name",
                        Map.of("key", lead, "name", "%" + name + "%")))
                .isZero();
        assertThat(count(
                        "SELECT count(*) FROM idempotency_key WHERE response_location = :location",
                        Map.of("location", "/api/leads/" + lead)))
                .isZero();
    }

    @Test
    void shouldKeepAnErasedLeadFromChanging() {
        var body = aLead();
        String lead = id(createLead(ANA, body));
        as(ADMIN).post("/api/leads/" + lead + "/erasure", "");
        String etag = etag(ANA, "/api/leads/" + lead);

        assertThat(as(ANA).header("If-Match", etag)
                        .put("/api/leads/" + lead, body.body())
                        .status())
                .isEqualTo(409);
        assertThat(as(ANA).post("/api/leads/" + lead + "/prospects", aProspect())
                        .status())
                .isEqualTo(409);
        assertThat(as(ANA).post("/api/leads/" + lead + "/timeline", Map.of("type", "NOTE", "text", "x"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void shouldRecordTheErasureAndGatherEachServicesConfirmation() {
        String lead = id(createLead(ANA, aLead()));
        assertThat(as(ADMIN).get("/api/leads/" + lead + "/erasure").status())
                .as("never erased")
                .isEqualTo(404);

        assertThat(as(ADMIN).post("/api/leads/" + lead + "/erasure", "").status())
                .isEqualTo(200);

        JsonNode progress = erasure(lead);
        assertThat(progress.get("requestedBy").asString()).isEqualTo("admin");
        assertThat(progress.get("keyDestroyedAt").isNull()).as("key destroyed").isFalse();
        assertThat(progress.get("complete").asBoolean()).isFalse();
        assertThat(confirmed(progress))
                .containsExactly(
                        Map.entry("lead-service", true),
                        Map.entry("sales-desk-service", false),
                        Map.entry("order-service", false),
                        Map.entry("contract-service", false));
        assertThat(peers.authorizations())
                .as("asked with the admin's own token")
                .contains("Bearer " + ADMIN.token());

        confirm("sales-desk-service", new TicketPersonalDataErased(lead, "NORTE", 2, OffsetDateTime.now()));
        confirm("order-service", new OrderPersonalDataErased(lead, "NORTE", 1, OffsetDateTime.now()));
        String last =
                confirm("contract-service", new ContractPersonalDataErased(lead, "NORTE", 0, OffsetDateTime.now()));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> erasure(lead).get("complete").asBoolean());
        assertThat(erasure(lead).get("services").get(1).get("records").asInt()).isEqualTo(2);

        // a redelivered confirmation changes nothing
        kafka.send(Topics.CONTRACT, lead, headers(last, ContractPersonalDataErased.TYPE, "contract-service"), "{}");
        assertThat(erasure(lead).get("complete").asBoolean()).isTrue();
    }

    @Test
    void shouldAskEveryServiceAgainWhenAnAdminRepeatsTheErasure() {
        String lead = id(createLead(ANA, aLead()));
        as(ADMIN).post("/api/leads/" + lead + "/erasure", "");
        awaitEvent("lead.erased.v1", lead);

        var again = as(ADMIN).post("/api/leads/" + lead + "/erasure", "");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("name").asString()).isEqualTo("erased");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> kafka.readAll(Topics.LEAD, e -> "lead.erased.v1".equals(e.type()) && lead.equals(e.key()))
                                .size()
                        == 2);
        assertThat(erasure(lead).get("requests").asInt()).isEqualTo(2);
    }

    @Test
    void shouldRefuseToEraseACustomerWithAContractInForceNamingIt() {
        var body = aLead();
        String lead = id(createLead(ANA, body));
        peers.contract(lead, "CT-000042", "ACTIVE");

        var refused = as(ADMIN).post("/api/leads/" + lead + "/erasure", "");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("CT-000042 ACTIVE");
        assertThat(refused.json().get("contracts").get(0).get("number").asString())
                .isEqualTo("CT-000042");
        assertThat(as(ANA).get("/api/leads/" + lead).json().get("name").asString())
                .as("nothing erased")
                .isEqualTo(body.get("name"));
        assertThat(as(ADMIN).get("/api/leads/" + lead + "/erasure").status()).isEqualTo(404);
    }

    @Test
    void shouldEraseNothingWhenTheContractServiceCannotBeAsked() {
        var body = aLead();
        String lead = id(createLead(ANA, body));
        peers.failFor(lead);

        var unavailable = as(ADMIN).post("/api/leads/" + lead + "/erasure", "");

        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.json().get("detail").asString()).contains("contract-service");
        assertThat(as(ANA).get("/api/leads/" + lead).json().get("name").asString())
                .isEqualTo(body.get("name"));
        assertThat(as(ADMIN).get("/api/leads/" + lead + "/personal-data").status())
                .as("an export missing a part would be untrue")
                .isEqualTo(503);
    }

    @Test
    void shouldGiveAnAdminEverythingThePlatformHoldsAboutALead() {
        var body = aLead().with("notes", "Prefiere que lo llamen de tarde");
        String lead = id(createLead(ANA, body));
        createProspect(ANA, lead, aProspect());
        as(ANA).post("/api/leads/" + lead + "/timeline", Map.of("type", "NOTE", "text", "Llamar el lunes"));

        var export = as(ADMIN).get("/api/leads/" + lead + "/personal-data");

        assertThat(export.status()).isEqualTo(200);
        JsonNode document = export.json();
        assertThat(document.get("leadId").asString()).isEqualTo(lead);
        JsonNode services = document.get("services");
        assertThat(services.valueStream().map(s -> s.get("service").asString()))
                .containsExactly("lead-service", "sales-desk-service", "order-service", "contract-service");
        JsonNode own = services.get(0).get("data");
        assertThat(own.get("lead").get("name").asString()).isEqualTo(body.get("name"));
        assertThat(own.get("lead").get("notes").asString()).isEqualTo("Prefiere que lo llamen de tarde");
        assertThat(own.get("prospects").size()).isEqualTo(1);
        assertThat(own.get("timeline").get(0).get("text").asString()).isEqualTo("Llamar el lunes");
        assertThat(own.get("history").size()).isGreaterThanOrEqualTo(2);
        assertThat(services.get(3).get("data").get("leadId").asString()).isEqualTo(lead);
        assertThat(as(MARTA).get("/api/leads/" + lead + "/personal-data").status())
                .isEqualTo(403);
    }

    @Test
    void shouldLetOnlyAnAdminErase() {
        String lead = id(createLead(ANA, aLead()));

        assertThat(as(MARTA).post("/api/leads/" + lead + "/erasure", "").status())
                .isEqualTo(403);
        assertThat(as(ANA).post("/api/leads/" + lead + "/erasure", "").status()).isEqualTo(403);
        assertThat(as(MARTA).get("/api/leads/" + lead + "/erasure").status()).isEqualTo(403);
    }

    private JsonNode erasure(String lead) {
        var response = as(ADMIN).get("/api/leads/" + lead + "/erasure");
        assertThat(response.status()).as("erasure: %s", response).isEqualTo(200);
        return response.json();
    }

    private static Map<String, Boolean> confirmed(JsonNode progress) {
        Map<String, Boolean> confirmed = new LinkedHashMap<>();
        progress.get("services")
                .forEach(s -> confirmed.put(
                        s.get("service").asString(), s.get("confirmed").asBoolean()));
        return confirmed;
    }

    /** Publishes a service's confirmation as that service's relay would (its name as the source). */
    private String confirm(String service, ErasureConfirmation confirmation) {
        String id = UUID.randomUUID().toString();
        String type = IntegrationEvent.typeOf(confirmation.getClass()).value();
        String data = json.writeValueAsString(confirmation);
        EventSchemas.assertValid(type, data);
        kafka.send(
                IntegrationEvent.typeOf(confirmation.getClass()).topic(),
                confirmation.leadId(),
                headers(id, type, service),
                data);
        return id;
    }

    private static Map<String, String> headers(String id, String type, String service) {
        return Map.of(
                CloudEventHeaders.SPEC_VERSION,
                CloudEventHeaders.SPEC_VERSION_VALUE,
                CloudEventHeaders.ID,
                id,
                CloudEventHeaders.TYPE,
                type,
                CloudEventHeaders.SOURCE,
                "/" + service,
                CloudEventHeaders.TIME,
                OffsetDateTime.now().toString(),
                CloudEventHeaders.CONTENT_TYPE,
                CloudEventHeaders.JSON);
    }
}
