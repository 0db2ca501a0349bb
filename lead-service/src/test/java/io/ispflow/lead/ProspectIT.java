package io.ispflow.lead;

import static io.ispflow.lead.LeadFixtures.aLead;
import static io.ispflow.lead.LeadFixtures.aProspect;
import static io.ispflow.lead.LeadFixtures.prospect;
import static io.ispflow.lead.TestUser.ANA;
import static io.ispflow.lead.TestUser.BETO;
import static io.ispflow.lead.TestUser.MARTA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A lead gets one or more concrete offers at a place; the first one makes it a prospect. */
class ProspectIT extends LeadTestSupport {

    @Test
    void shouldConvertTheLeadWithItsFirstProspect() {
        String lead = id(createLead(ANA, aLead()));

        var response = as(ANA).post("/api/leads/" + lead + "/prospects", aProspect());

        assertThat(response.status()).isEqualTo(201);
        JsonNode prospect = response.json();
        String id = id(prospect);
        assertThat(response.header("Location")).isEqualTo("/api/prospects/" + id);
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
        assertThat(prospect.get("leadId").asString()).isEqualTo(lead);
        assertThat(prospect.get("offer").get("plan").asString()).isEqualTo("FIBRA-300");
        assertThat(prospect.get("offer").get("recurringItems").get(0).asString())
                .isEqualTo("ROUTER-WIFI6");
        assertThat(prospect.get("location").get("zone").asString())
                .as("defaults to the lead's")
                .isEqualTo("NORTE");
        assertThat(prospect.get("location").get("latitude").asDouble()).isEqualTo(-34.5265);
        assertThat(prospect.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(as(ANA).get("/api/prospects/" + id).json()).isEqualTo(prospect);
        assertThat(as(ANA).get("/api/leads/" + lead).json().get("stage").asString())
                .isEqualTo("PROSPECT");

        JsonNode history = history(ANA, lead);
        assertThat(history.get(0).get("action").asString()).isEqualTo("STAGE_CHANGED");
        assertThat(history.get(0).get("reference").asString()).isEqualTo("prospect:" + id);
        assertThat(history.get(0).get("changes").get(0).get("before").asString())
                .isEqualTo("LEAD");
        assertThat(history.get(0).get("changes").get(0).get("after").asString()).isEqualTo("PROSPECT");
        assertThat(history.get(1).get("action").asString()).isEqualTo("PROSPECT_CREATED");

        JsonNode created = awaitEvent("prospect.created.v1", lead);
        assertThat(created.get("prospectId").asString()).isEqualTo(id);
        assertThat(created.get("offer").get("discounts").get(0).asString()).isEqualTo("PROMO-50-3M");
        JsonNode converted = awaitEvent("lead.stage-changed.v1", lead);
        assertThat(converted.get("toStage").asString()).isEqualTo("PROSPECT");
        assertThat(converted.get("causeType").asString()).isEqualTo("PROSPECT");
        assertThat(converted.get("causeId").asString()).isEqualTo(id);
    }

    @Test
    void shouldKeepSeveralProspectsForOneLead() {
        String lead = id(createLead(ANA, aLead()));
        createProspect(ANA, lead, aProspect());
        createProspect(ANA, lead, prospect("FIBRA-600", List.of(), List.of(), null));

        JsonNode prospects = as(ANA).get("/api/leads/" + lead + "/prospects").json();

        assertThat(prospects.get("total").asLong()).isEqualTo(2);
        assertThat(prospects.get("items").get(1).get("offer").get("plan").asString())
                .isEqualTo("FIBRA-600");
        assertThat(history(ANA, lead)
                        .valueStream()
                        .filter(e -> e.get("action").asString().equals("STAGE_CHANGED"))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void shouldRefuseCodesTheCatalogDoesNotOfferAllAtOnce() {
        String lead = id(createLead(ANA, aLead()));

        var response = as(ANA).post(
                        "/api/leads/" + lead + "/prospects",
                        prospect(
                                TestCatalog.INACTIVE_PLAN,
                                List.of("IP-FIJA", "IP-FIJA", TestCatalog.INACTIVE_ITEM),
                                List.of("NO-SUCH-PROMO"),
                                null));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field")
                        .asString()))
                .containsExactly(
                        "offer.plan", "offer.recurringItems[1]", "offer.recurringItems[2]", "offer.discounts[0]");
        assertThat(as(ANA).get("/api/leads/" + lead).json().get("stage").asString())
                .isEqualTo("LEAD");
    }

    @Test
    void shouldRefuseAProspectInAZoneNotHeld() {
        String lead = id(createLead(ANA, aLead()));

        var response =
                as(ANA).post("/api/leads/" + lead + "/prospects", prospect("FIBRA-300", List.of(), List.of(), "SUR"));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void shouldRequireAZoneOfTheirsForAProspectOfALeadWithoutZone() {
        String lead = id(createLead(MARTA, aLead().without("zone")));

        var withoutZone = as(ANA).post("/api/leads/" + lead + "/prospects", aProspect());
        var inNorte =
                as(ANA).post("/api/leads/" + lead + "/prospects", prospect("FIBRA-300", List.of(), List.of(), "NORTE"));
        var byManagerWithoutZones = as(MARTA).post("/api/leads/" + lead + "/prospects", aProspect());

        assertThat(withoutZone.status()).as("%s", withoutZone).isEqualTo(400);
        assertThat(withoutZone.json().get("errors").get(0).get("field").asString())
                .isEqualTo("location.zone");
        assertThat(inNorte.status()).as("%s", inNorte).isEqualTo(201);
        assertThat(inNorte.json().get("location").get("zone").asString()).isEqualTo("NORTE");
        assertThat(byManagerWithoutZones.status())
                .as("%s", byManagerWithoutZones)
                .isEqualTo(201);
        assertThat(byManagerWithoutZones.json().get("location").get("zone").isNull())
                .isTrue();

        // a zoneless prospect a salesperson edits must be given one of their zones
        String zoneless = id(byManagerWithoutZones.json());
        var editedWithoutZone = as(ANA).header("If-Match", "\"0\"").put("/api/prospects/" + zoneless, aProspect());
        var editedIntoNorte = as(ANA).header("If-Match", "\"0\"")
                .put("/api/prospects/" + zoneless, prospect("FIBRA-300", List.of(), List.of(), "NORTE"));

        assertThat(editedWithoutZone.status()).as("%s", editedWithoutZone).isEqualTo(400);
        assertThat(editedWithoutZone.json().get("errors").get(0).get("field").asString())
                .isEqualTo("location.zone");
        assertThat(editedIntoNorte.status()).as("%s", editedIntoNorte).isEqualTo(200);
        assertThat(editedIntoNorte.json().get("location").get("zone").asString())
                .isEqualTo("NORTE");
    }

    @Test
    void shouldEditAnActiveProspectAndCancelIt() {
        String lead = id(createLead(ANA, aLead()));
        String id = id(createProspect(ANA, lead, aProspect()));
        Map<String, Object> moved = prospect("FIBRA-600", List.of("IP-FIJA"), List.of(), null);
        ((Map<String, Object>) moved.get("location")).put("address", "Calle Falsa 123");

        var stale = as(BETO).header("If-Match", "\"3\"").put("/api/prospects/" + id, moved);
        var edited = as(BETO).header("If-Match", "\"0\"").put("/api/prospects/" + id, moved);
        var cancelled = as(ANA).header("If-Match", "\"1\"")
                .post("/api/prospects/" + id + "/cancel", Map.of("reason", "Eligió otro proveedor"));
        var editAfterCancel = as(ANA).header("If-Match", "\"2\"").put("/api/prospects/" + id, aProspect());
        var cancelAgain = as(ANA).post("/api/prospects/" + id + "/cancel", Map.of("reason", "otra vez"));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.header("ETag")).isEqualTo("\"1\"");
        assertThat(edited.json().get("offer").get("plan").asString()).isEqualTo("FIBRA-600");
        assertThat(edited.json().get("location").get("address").asString()).isEqualTo("Calle Falsa 123");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("cancelReason").asString()).isEqualTo("Eligió otro proveedor");
        assertThat(editAfterCancel.status()).isEqualTo(409);
        assertThat(cancelAgain.status()).isEqualTo(409);

        JsonNode updated = awaitEvent("prospect.updated.v1", lead);
        assertThat(updated.get("changedFields").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("offer.plan", "offer.recurringItems", "offer.discounts", "location.address");
        JsonNode cancelledEvent = awaitEvent("prospect.cancelled.v1", lead);
        assertThat(cancelledEvent.get("reason").asString()).isEqualTo("Eligió otro proveedor");
        assertThat(history(ANA, lead).valueStream().map(e -> e.get("action").asString()))
                .contains("PROSPECT_UPDATED", "PROSPECT_CANCELLED");
        assertThat(as(ANA).get("/api/leads/" + lead).json().get("stage").asString())
                .as("stages never go back")
                .isEqualTo("PROSPECT");
    }

    @Test
    void shouldCreateOneProspectForARetriedRequest() {
        String lead = id(createLead(ANA, aLead()));
        String key = UUID.randomUUID().toString();

        var first = as(ANA).header("Idempotency-Key", key).post("/api/leads/" + lead + "/prospects", aProspect());
        var retry = as(ANA).header("Idempotency-Key", key).post("/api/leads/" + lead + "/prospects", aProspect());

        assertThat(id(retry.json())).isEqualTo(id(first.json()));
        assertThat(as(ANA).get("/api/leads/" + lead + "/prospects")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void shouldAnswerAnUnknownLeadOrProspectAsNotFound() {
        assertThat(as(ANA).post("/api/leads/" + UUID.randomUUID() + "/prospects", aProspect())
                        .status())
                .isEqualTo(404);
        assertThat(as(ANA).get("/api/prospects/" + UUID.randomUUID()).status()).isEqualTo(404);
    }
}
