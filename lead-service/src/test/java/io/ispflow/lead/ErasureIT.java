package io.ispflow.lead;

import static io.ispflow.lead.LeadFixtures.aLead;
import static io.ispflow.lead.LeadFixtures.aProspect;
import static io.ispflow.lead.TestUser.ADMIN;
import static io.ispflow.lead.TestUser.ANA;
import static io.ispflow.lead.TestUser.MARTA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
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
        assertThat(as(ADMIN).post("/api/leads/" + lead + "/erasure", "").status())
                .isEqualTo(409);
    }

    @Test
    void shouldLetOnlyAnAdminErase() {
        String lead = id(createLead(ANA, aLead()));

        assertThat(as(MARTA).post("/api/leads/" + lead + "/erasure", "").status())
                .isEqualTo(403);
        assertThat(as(ANA).post("/api/leads/" + lead + "/erasure", "").status()).isEqualTo(403);
    }
}
