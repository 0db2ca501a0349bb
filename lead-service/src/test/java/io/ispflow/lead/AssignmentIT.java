package io.ispflow.lead;

import static io.ispflow.lead.LeadFixtures.aLead;
import static io.ispflow.lead.LeadFixtures.aProspect;
import static io.ispflow.lead.TestUser.ANA;
import static io.ispflow.lead.TestUser.LUIS;
import static io.ispflow.lead.TestUser.MARTA;
import static io.ispflow.lead.TestUser.NORA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Managers give leads to salespeople: one, many at once, or in turn as they arrive; salespeople cannot. */
class AssignmentIT extends LeadTestSupport {

    @Test
    void shouldLetAManagerReassignALeadAndRecordIt() {
        String lead = id(createLead(ANA, aLead().assignedTo("ana")));

        var response = as(MARTA)
                .header("If-Match", "\"0\"")
                .put("/api/leads/" + lead + "/assignment", Map.of("assignee", "beto"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("assignee").asString()).isEqualTo("beto");
        assertThat(response.header("ETag")).isEqualTo("\"1\"");
        JsonNode entry = history(MARTA, lead).get(0);
        assertThat(entry.get("action").asString()).isEqualTo("REASSIGNED");
        assertThat(entry.get("by").asString()).isEqualTo("marta");
        assertThat(entry.get("changes").get(0).get("before").asString()).isEqualTo("ana");
        assertThat(entry.get("changes").get(0).get("after").asString()).isEqualTo("beto");
        JsonNode event = awaitEvent("lead.reassigned.v1", lead);
        assertThat(event.get("fromAssignee").asString()).isEqualTo("ana");
        assertThat(event.get("toAssignee").asString()).isEqualTo("beto");
        assertThat(event.get("reassignedBy").asString()).isEqualTo("marta");
    }

    @Test
    void shouldNotLetSalespeopleReassign() {
        var body = aLead().assignedTo("ana");
        String lead = id(createLead(ANA, body));

        var single = as(ANA).header("If-Match", "\"0\"")
                .put("/api/leads/" + lead + "/assignment", Map.of("assignee", "beto"));
        var bulk = as(ANA).post("/api/leads/assignments", Map.of("leadIds", List.of(lead), "assignee", "beto"));
        var byEditing = as(ANA).header("If-Match", "\"0\"")
                .put("/api/leads/" + lead, body.assignedTo("beto").body());

        assertThat(single.status()).isEqualTo(403);
        assertThat(bulk.status()).isEqualTo(403);
        assertThat(byEditing.status()).isEqualTo(403);
        assertThat(as(ANA).get("/api/leads/" + lead).json().get("assignee").asString())
                .isEqualTo("ana");
    }

    @Test
    void shouldReassignManyLeadsAtOnceOnlyWhereTheManagerSees() {
        String first = id(createLead(ANA, aLead()));
        String second = id(createLead(ANA, aLead().assignedTo("ana")));
        String sur = id(createLead(LUIS, aLead().inZone("SUR")));
        String unknown = UUID.randomUUID().toString();

        JsonNode byNora = as(NORA).post(
                        "/api/leads/assignments",
                        Map.of("leadIds", List.of(first, second, sur, unknown), "assignee", "beto"))
                .json();

        assertThat(byNora.get("reassigned").asLong()).isEqualTo(2);
        Map<String, String> outcomes = new HashMap<>();
        byNora.get("results")
                .forEach(r -> outcomes.put(
                        r.get("leadId").asString(), r.get("outcome").asString()));
        assertThat(outcomes)
                .containsEntry(first, "REASSIGNED")
                .containsEntry(second, "REASSIGNED")
                .containsEntry(sur, "NOT_FOUND")
                .containsEntry(unknown, "NOT_FOUND");
        assertThat(as(MARTA).get("/api/leads/" + sur).json().get("assignee").isNull())
                .isTrue();

        JsonNode again = as(MARTA)
                .post("/api/leads/assignments", Map.of("leadIds", List.of(first, sur), "assignee", "beto"))
                .json();
        assertThat(again.get("results").valueStream().map(r -> r.get("outcome").asString()))
                .containsExactlyInAnyOrder("UNCHANGED", "REASSIGNED");
    }

    @Test
    void shouldReassignALeadThatAlreadyHasAProspect() {
        String lead = id(createLead(ANA, aLead().assignedTo("ana")));
        createProspect(ANA, lead, aProspect());
        String etag = etag(MARTA, "/api/leads/" + lead);

        var response = as(MARTA)
                .header("If-Match", etag)
                .put("/api/leads/" + lead + "/assignment", Map.of("assignee", "beto"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("stage").asString()).isEqualTo("PROSPECT");
        assertThat(response.json().get("assignee").asString()).isEqualTo("beto");
    }

    @Test
    void shouldGiveNewLeadsOfAZoneToItsSalespeopleInTurn() {
        String zone = TestCatalog.newZone(kafka, json, catalog, "RR");
        var configured = as(MARTA)
                .put(
                        "/api/leads/auto-assignment/" + zone,
                        Map.of("enabled", true, "salespeople", List.of("sol", "raul")));
        assertThat(configured.status()).isEqualTo(200);

        String[] assignees = new String[4];
        for (int i = 0; i < 3; i++) {
            assignees[i] =
                    createLead(MARTA, aLead().inZone(zone)).get("assignee").asString();
        }
        JsonNode chosen = createLead(MARTA, aLead().inZone(zone).assignedTo("pedro"));
        assignees[3] = createLead(MARTA, aLead().inZone(zone)).get("assignee").asString();

        assertThat(Arrays.asList(assignees)).containsExactly("sol", "raul", "sol", "raul");
        assertThat(chosen.get("assignee").asString())
                .as("an explicit assignee takes no turn")
                .isEqualTo("pedro");
        JsonNode config = as(MARTA).get("/api/leads/auto-assignment/" + zone).json();
        assertThat(config.get("enabled").asBoolean()).isTrue();
        assertThat(config.get("salespeople").valueStream().map(JsonNode::asString))
                .containsExactly("sol", "raul");
    }

    @Test
    void shouldVersionTheAutoAssignmentAndKeepItToManagersOfTheZone() {
        String zone = TestCatalog.newZone(kafka, json, catalog, "RR");
        var first = as(MARTA)
                .put("/api/leads/auto-assignment/" + zone, Map.of("enabled", true, "salespeople", List.of("sol")));

        var withoutIfMatch =
                as(MARTA).put("/api/leads/auto-assignment/" + zone, Map.of("enabled", false, "salespeople", List.of()));
        var turnedOff = as(MARTA)
                .header("If-Match", first.header("ETag"))
                .put("/api/leads/auto-assignment/" + zone, Map.of("enabled", false, "salespeople", List.of()));
        var notHeld =
                as(NORA).put("/api/leads/auto-assignment/SUR", Map.of("enabled", true, "salespeople", List.of("luis")));
        var bySales =
                as(ANA).put("/api/leads/auto-assignment/NORTE", Map.of("enabled", true, "salespeople", List.of("ana")));
        var nobodyToAssign =
                as(MARTA).put("/api/leads/auto-assignment/SUR", Map.of("enabled", true, "salespeople", List.of()));

        assertThat(withoutIfMatch.status()).isEqualTo(428);
        assertThat(turnedOff.status()).isEqualTo(200);
        assertThat(createLead(MARTA, aLead().inZone(zone)).get("assignee").isNull())
                .isTrue();
        assertThat(notHeld.status()).isEqualTo(403);
        assertThat(bySales.status()).isEqualTo(403);
        assertThat(nobodyToAssign.status()).isEqualTo(400);
    }
}
