package io.ispflow.lead;

import static io.ispflow.lead.LeadFixtures.aLead;
import static io.ispflow.lead.TestUser.ANA;
import static io.ispflow.lead.TestUser.MARTA;
import static io.ispflow.lead.TestUser.NORA;
import static io.ispflow.lead.TestUser.TECHNICIAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A salesperson registers a lead, edits it, works its status; every change is versioned, recorded and published. */
class LeadLifecycleIT extends LeadTestSupport {

    @Test
    void shouldRegisterALeadWithItsLocationEtagAndEvent() {
        var lead =
                aLead().withBilling().with("notes", "Llamar después de las 18").inCampaign(LeadFixtures.uniqueTag());

        var response = as(ANA).post("/api/leads", lead.body());

        assertThat(response.status()).isEqualTo(201);
        JsonNode created = response.json();
        String id = id(created);
        assertThat(response.header("Location")).isEqualTo("/api/leads/" + id);
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.get("name").asString()).isEqualTo(lead.get("name"));
        assertThat(created.get("zone").asString()).isEqualTo("NORTE");
        assertThat(created.get("origin").asString()).isEqualTo("WEB");
        assertThat(created.get("billing").get("taxCondition").asString()).isEqualTo("RESPONSABLE_INSCRIPTO");
        assertThat(created.get("status").asString()).isEqualTo("NEW");
        assertThat(created.get("stage").asString()).isEqualTo("LEAD");
        assertThat(created.get("createdBy").asString()).isEqualTo("ana");
        assertThat(created.get("importId").isNull()).isTrue();
        assertThat(created.get("version").asLong()).isZero();
        var reloaded = as(ANA).get("/api/leads/" + id);
        assertThat(reloaded.json()).isEqualTo(created);
        assertThat(reloaded.header("ETag")).isEqualTo("\"0\"");

        JsonNode event = awaitEvent("lead.created.v1", id);
        assertThat(event.get("lead").get("contact").get("documentNumber").asString())
                .isEqualTo(lead.get("documentNumber"));
        assertThat(event.get("lead").get("contact").get("billing").get("taxId").asString())
                .isEqualTo("30-71234567-9");
        assertThat(event.get("lead").get("createdBy").asString()).isEqualTo("ana");
        assertThat(awaitSealedEvent("lead.created.v1", id)
                        .get("lead")
                        .get("contact")
                        .get("documentNumber")
                        .asString())
                .as("personal values travel sealed with the person's key")
                .startsWith("ispflow:pii:v1:" + id + ":");
    }

    @Test
    void shouldNeedNothingButAName() {
        var response = as(MARTA).post("/api/leads", Map.of("name", "Solo el nombre"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("zone").isNull()).isTrue();
        assertThat(response.json().get("billing").isNull()).isTrue();
    }

    @Test
    void shouldAnswerInvalidFieldsWithOneErrorEach() {
        var invalid = aLead().named(" ")
                .withEmail("not-an-email")
                .with("personType", "ALIEN")
                .with("billing", Map.of("taxCondition", "NONE", "invoiceType", "Z"));

        var response = as(ANA).post("/api/leads", invalid.body());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field")
                        .asString()))
                .contains("name", "email", "personType", "billing.taxCondition", "billing.invoiceType");
    }

    @Test
    void shouldRefuseOriginsAndZonesTheCatalogDoesNotOffer() {
        var unknownOrigin =
                as(MARTA).post("/api/leads", aLead().with("origin", "NOPE").body());
        var inactiveOrigin = as(MARTA)
                .post(
                        "/api/leads",
                        aLead().with("origin", TestCatalog.INACTIVE_ORIGIN).body());
        var inactiveZone = as(MARTA)
                .post("/api/leads", aLead().inZone(TestCatalog.INACTIVE_ZONE).body());
        var unknownZone =
                as(MARTA).post("/api/leads", aLead().inZone("ATLANTIDA").body());

        assertThat(List.of(unknownOrigin, inactiveOrigin, inactiveZone, unknownZone))
                .allSatisfy(response -> assertThat(response.status()).isEqualTo(400));
        assertThat(unknownOrigin.json().get("errors").get(0).get("field").asString())
                .isEqualTo("origin");
        assertThat(inactiveOrigin.json().get("errors").get(0).get("message").asString())
                .contains("inactive origin FAX");
        assertThat(inactiveZone.json().get("errors").get(0).get("field").asString())
                .isEqualTo("zone");
        assertThat(unknownZone.json().get("errors").get(0).get("field").asString())
                .isEqualTo("zone");
    }

    @Test
    void shouldRefuseToCreateALeadInAZoneNotHeld() {
        var response = as(ANA).post("/api/leads", aLead().inZone("SUR").body());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:problem:ispflow:zone-not-held");
    }

    @Test
    void shouldReplayACreateRetriedWithTheSameIdempotencyKey() {
        String campaign = LeadFixtures.uniqueTag();
        var lead = aLead().inCampaign(campaign).body();
        String key = UUID.randomUUID().toString();

        var first = as(ANA).header("Idempotency-Key", key).post("/api/leads", lead);
        var retry = as(ANA).header("Idempotency-Key", key).post("/api/leads", lead);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(id(retry.json())).isEqualTo(id(first.json()));
        assertThat(grid(ANA, "campaign=" + campaign).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void shouldEditWithIfMatchAndRecordEachFieldsBeforeAndAfter() {
        var lead = aLead();
        String id = id(createLead(ANA, lead));
        Object formerEmail = lead.get("email");
        var edited = lead.withEmail("nuevo@example.com").with("notes", "Prefiere WhatsApp");

        var missing = as(ANA).put("/api/leads/" + id, edited.body());
        var stale = as(ANA).header("If-Match", "\"7\"").put("/api/leads/" + id, edited.body());
        var response = as(ANA).header("If-Match", "\"0\"").put("/api/leads/" + id, edited.body());

        assertThat(missing.status()).isEqualTo(428);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo("\"1\"");
        assertThat(response.json().get("email").asString()).isEqualTo("nuevo@example.com");
        assertThat(response.json().get("updatedBy").asString()).isEqualTo("ana");

        JsonNode latest = history(ANA, id).get(0);
        assertThat(latest.get("action").asString()).isEqualTo("UPDATED");
        assertThat(latest.get("by").asString()).isEqualTo("ana");
        assertThat(latest.get("changes").valueStream().map(c -> c.get("field").asString()))
                .containsExactlyInAnyOrder("email", "notes");
        JsonNode emailChange = latest.get("changes")
                .valueStream()
                .filter(c -> c.get("field").asString().equals("email"))
                .findFirst()
                .orElseThrow();
        assertThat(emailChange.get("before").asString()).isEqualTo(formerEmail);
        assertThat(emailChange.get("after").asString()).isEqualTo("nuevo@example.com");

        JsonNode event = awaitEvent("lead.updated.v1", id);
        assertThat(event.get("changedFields").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("email", "notes");
        assertThat(event.get("lead").get("version").asLong()).isEqualTo(1);
    }

    @Test
    void shouldDiscardALeadOnlyWithAReason() {
        String id = id(createLead(ANA, aLead()));

        var withoutReason =
                as(ANA).header("If-Match", "\"0\"").put("/api/leads/" + id + "/status", Map.of("status", "DISCARDED"));
        var contacted =
                as(ANA).header("If-Match", "\"0\"").put("/api/leads/" + id + "/status", Map.of("status", "CONTACTED"));
        var discarded = as(ANA).header("If-Match", "\"1\"")
                .put(
                        "/api/leads/" + id + "/status",
                        Map.of("status", "DISCARDED", "discardReason", "Sin cobertura en su calle"));

        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.json().get("errors").get(0).get("field").asString())
                .isEqualTo("discardReason");
        assertThat(contacted.status()).isEqualTo(200);
        assertThat(discarded.status()).isEqualTo(200);
        assertThat(discarded.json().get("status").asString()).isEqualTo("DISCARDED");
        assertThat(discarded.json().get("discardReason").asString()).isEqualTo("Sin cobertura en su calle");
        JsonNode event = awaitEvent(
                "lead.status-changed.v1", id, e -> e.get("toStatus").asString().equals("DISCARDED"));
        assertThat(event.get("fromStatus").asString()).isEqualTo("CONTACTED");
        assertThat(event.get("discardReason").asString()).isEqualTo("Sin cobertura en su calle");
    }

    @Test
    void shouldRefuseMovingALeadIntoAZoneNotHeld() {
        var lead = aLead();
        String id = id(createLead(ANA, lead));

        var response = as(ANA).header("If-Match", "\"0\"")
                .put("/api/leads/" + id, lead.inZone("SUR").body());

        assertThat(response.status()).isEqualTo(403);
        assertThat(as(ANA).get("/api/leads/" + id).json().get("zone").asString())
                .isEqualTo("NORTE");
    }

    @Test
    void shouldRequireAZoneOfTheirsFromACallerWithZonesWhoRegistersALead() {
        var bySalesperson = as(ANA).post("/api/leads", aLead().without("zone").body());
        var blankZone = as(ANA).post("/api/leads", aLead().inZone(" ").body());
        var byManagerOfAZone =
                as(NORA).post("/api/leads", aLead().without("zone").body());
        var byManagerWithoutZones =
                as(MARTA).post("/api/leads", aLead().without("zone").body());

        assertThat(List.of(bySalesperson, blankZone, byManagerOfAZone)).allSatisfy(response -> {
            assertThat(response.status()).as("%s", response).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("zone");
        });
        assertThat(bySalesperson.json().get("errors").get(0).get("message").asString())
                .contains("required", "NORTE");
        assertThat(byManagerWithoutZones.status())
                .as("%s", byManagerWithoutZones)
                .isEqualTo(201);
        assertThat(byManagerWithoutZones.json().get("zone").isNull()).isTrue();
    }

    @Test
    void shouldRefuseAnEditThatLeavesTheLeadWithoutZone() {
        var lead = aLead();
        String id = id(createLead(ANA, lead));

        var response = as(ANA).header("If-Match", "\"0\"")
                .put("/api/leads/" + id, lead.without("zone").body());

        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("zone");
        JsonNode kept = as(ANA).get("/api/leads/" + id).json();
        assertThat(kept.get("zone").asString()).isEqualTo("NORTE");
        assertThat(kept.get("version").asLong()).isZero();
    }

    @Test
    void shouldMakeACallerWithZonesPlaceAZonelessLeadTheyEditInOneOfTheirs() {
        var lead = aLead().without("zone");
        String id = id(createLead(MARTA, lead));

        var keptWithoutZone = as(ANA).header("If-Match", "\"0\"").put("/api/leads/" + id, lead.body());
        var placed = as(ANA).header("If-Match", "\"0\"")
                .put("/api/leads/" + id, lead.inZone("NORTE").body());
        var clearedByManagerWithoutZones = as(MARTA)
                .header("If-Match", "\"1\"")
                .put("/api/leads/" + id, lead.without("zone").body());

        assertThat(keptWithoutZone.status()).as("%s", keptWithoutZone).isEqualTo(400);
        assertThat(keptWithoutZone.json().get("errors").get(0).get("field").asString())
                .isEqualTo("zone");
        assertThat(placed.status()).as("%s", placed).isEqualTo(200);
        assertThat(placed.json().get("zone").asString()).isEqualTo("NORTE");
        assertThat(clearedByManagerWithoutZones.status())
                .as("a caller without zones may still leave it empty")
                .isEqualTo(200);
        assertThat(clearedByManagerWithoutZones.json().get("zone").isNull()).isTrue();
    }

    @Test
    void shouldLetOtherRolesReadButNotWrite() {
        String id = id(createLead(ANA, aLead()));

        assertThat(as(TECHNICIAN).get("/api/leads/" + id).status()).isEqualTo(200);
        assertThat(as(TECHNICIAN).post("/api/leads", aLead().body()).status()).isEqualTo(403);
        assertThat(as(TECHNICIAN)
                        .header("If-Match", "\"0\"")
                        .put("/api/leads/" + id, aLead().body())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void shouldLetASalespersonTakeALeadButNotGiveItToSomeoneElse() {
        var toSomeoneElse =
                as(ANA).post("/api/leads", aLead().assignedTo("beto").body());
        var toThemselves = as(ANA).post("/api/leads", aLead().assignedTo("ana").body());

        assertThat(toSomeoneElse.status()).isEqualTo(403);
        assertThat(toThemselves.status()).isEqualTo(201);
        assertThat(toThemselves.json().get("assignee").asString()).isEqualTo("ana");
    }

    @Test
    void shouldAnswerAnUnknownLeadAndAMalformedIdWithProblems() {
        assertThat(as(MARTA).get("/api/leads/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(as(MARTA).get("/api/leads/not-a-uuid").status()).isEqualTo(400);
    }
}
