package io.ispflow.lead;

import static io.ispflow.lead.LeadFixtures.aLead;
import static io.ispflow.lead.LeadFixtures.aProspect;
import static io.ispflow.lead.TestUser.ANA;
import static io.ispflow.lead.TestUser.LUIS;
import static io.ispflow.lead.TestUser.MARTA;
import static io.ispflow.lead.TestUser.NORA;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The rule of the seed documents on every read path: a salesperson of NORTE and one of SUR each see
 * their zone's leads (and leads with no zone), never the other's, not even by id (404); a manager with
 * no zones sees them all.
 */
class ZoneIsolationIT extends LeadTestSupport {

    /** The same leads for every test of this class (created once; the database outlives the tests). */
    private static World world;

    record World(
            String tag,
            String norte,
            String sur,
            String noZone,
            String surDocument,
            String surName,
            String surProspect,
            String norteProspect,
            String surImport,
            Instant meetingsAt) {}

    @BeforeEach
    void twoZonesOfLeads() {
        if (world != null) {
            return;
        }
        String tag = LeadFixtures.uniqueTag();
        var surLead = aLead().inZone("SUR").inCampaign(tag).named("Zulema Surita " + tag);
        String norte =
                id(createLead(ANA, aLead().inZone("NORTE").inCampaign(tag).named("Norberto Norte " + tag)));
        String sur = id(createLead(LUIS, surLead));
        String noZone =
                id(createLead(MARTA, aLead().without("zone").inCampaign(tag).named("Sin Zona " + tag)));
        String surProspect = id(createProspect(LUIS, sur, aProspect()));
        String norteProspect = id(createProspect(ANA, norte, aProspect()));
        Instant at = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        for (String lead : List.of(norte, sur)) {
            // the manager books ana on both leads: she must only see the one she can see
            var meeting = as(MARTA)
                    .post(
                            "/api/leads/" + lead + "/timeline",
                            Map.of(
                                    "type",
                                    "MEETING",
                                    "title",
                                    "Visita " + tag,
                                    "startAt",
                                    at.toString(),
                                    "assignee",
                                    "ana"));
            assertThat(meeting.status()).isEqualTo(201);
            as(MARTA).post("/api/leads/" + lead + "/timeline", Map.of("type", "NOTE", "text", "nota " + tag));
        }
        var upload = upload(LUIS, "sur.csv", csv("name,zone,campaign", "Importado Sur " + tag + ",SUR," + tag));
        assertThat(upload.status()).isEqualTo(202);
        String surImport = upload.json().get("id").asString();
        awaitImportFinished(LUIS, surImport);
        world = new World(
                tag,
                norte,
                sur,
                noZone,
                (String) surLead.get("documentNumber"),
                (String) surLead.get("name"),
                surProspect,
                norteProspect,
                surImport,
                at);
    }

    @Test
    void shouldListOnlyTheLeadsOfTheCallersZonesAndThoseWithoutZone() {
        JsonNode norte = grid(ANA, "campaign=" + world.tag() + "&size=50");
        JsonNode sur = grid(LUIS, "campaign=" + world.tag() + "&size=50");
        JsonNode all = grid(MARTA, "campaign=" + world.tag() + "&size=50");

        // the SUR salesperson also sees the lead their import created
        assertThat(ids(norte)).containsExactlyInAnyOrder(world.norte(), world.noZone());
        assertThat(norte.get("total").asLong()).isEqualTo(2);
        assertThat(ids(sur)).contains(world.sur(), world.noZone()).doesNotContain(world.norte());
        assertThat(ids(all)).contains(world.norte(), world.sur(), world.noZone());
        assertThat(grid(NORA, "campaign=" + world.tag()).get("total").asLong()).isEqualTo(2);
    }

    @Test
    void shouldAnswerALeadOfAnotherZoneAsNotFound() {
        var hidden = as(ANA).get("/api/leads/" + world.sur());

        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain(world.surName());
        assertThat(as(LUIS).get("/api/leads/" + world.sur()).status()).isEqualTo(200);
        assertThat(as(MARTA).get("/api/leads/" + world.sur()).status()).isEqualTo(200);
        assertThat(as(ANA).get("/api/leads/" + world.noZone()).status()).isEqualTo(200);
    }

    @Test
    void shouldSearchOnlyTheCallersZones() {
        assertThat(grid(ANA, "q=Zulema+" + world.tag()).get("total").asLong()).isZero();
        assertThat(grid(ANA, "q=" + world.surDocument()).get("total").asLong()).isZero();
        assertThat(ids(grid(LUIS, "q=Zulema+" + world.tag()))).containsExactly(world.sur());
        assertThat(ids(grid(MARTA, "q=" + world.surDocument()))).containsExactly(world.sur());
        // asking for another zone explicitly does not widen what one sees
        assertThat(grid(ANA, "zone=SUR&campaign=" + world.tag()).get("total").asLong())
                .isZero();
    }

    @Test
    void shouldExportOnlyTheCallersZones() {
        String anaExport = export(ANA, "campaign=" + world.tag());
        String martaExport = export(MARTA, "campaign=" + world.tag());

        assertThat(anaExport).contains(world.norte(), world.noZone()).doesNotContain(world.sur(), "Zulema");
        assertThat(martaExport).contains(world.norte(), world.sur(), world.noZone());
    }

    @Test
    void shouldRevealOnlyTheZoneOfADuplicateInAnotherZone() {
        JsonNode forAna = as(ANA).get("/api/leads/duplicates?document=" + world.surDocument())
                .json();
        JsonNode forMarta = as(MARTA)
                .get("/api/leads/duplicates?document=" + world.surDocument())
                .json();

        assertThat(forAna.get("candidates").size()).isZero();
        assertThat(forAna.get("otherZones").get(0).get("zone").asString()).isEqualTo("SUR");
        assertThat(forAna.get("otherZones").get(0).get("message").asString()).isEqualTo("exists in zone SUR");
        assertThat(forAna.toString()).doesNotContain(world.sur(), "Zulema");
        assertThat(forMarta.get("candidates").get(0).get("id").asString()).isEqualTo(world.sur());
        assertThat(forMarta.get("otherZones").size()).isZero();
    }

    @Test
    void shouldHideTheTimelineHistoryAndProspectsOfAnotherZone() {
        for (String path : List.of(
                "/api/leads/" + world.sur() + "/timeline",
                "/api/leads/" + world.sur() + "/history",
                "/api/leads/" + world.sur() + "/prospects",
                "/api/prospects/" + world.surProspect())) {
            assertThat(as(ANA).get(path).status()).as(path).isEqualTo(404);
            assertThat(as(LUIS).get(path).status()).as(path).isEqualTo(200);
            assertThat(as(MARTA).get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(as(LUIS).get("/api/prospects/" + world.norteProspect()).status())
                .isEqualTo(404);
        String entry = as(MARTA)
                .get("/api/leads/" + world.sur() + "/timeline")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        assertThat(as(ANA).get("/api/leads/" + world.sur() + "/timeline/" + entry)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void shouldShowInTheCalendarOnlyEntriesOfLeadsTheCallerSees() {
        String range = "from=" + world.meetingsAt().minus(1, ChronoUnit.HOURS) + "&to="
                + world.meetingsAt().plus(1, ChronoUnit.HOURS);

        JsonNode calendar = as(ANA).get("/api/leads/calendar?" + range).json();

        List<String> leads = calendar.get("items")
                .valueStream()
                .filter(item -> item.get("title").asString("").endsWith(world.tag()))
                .map(item -> item.get("leadId").asString())
                .toList();
        assertThat(leads).containsExactly(world.norte());
    }

    @Test
    void shouldShowAnImportOnlyToItsImporterAndToCallersWithoutZones() {
        String path = "/api/leads/imports/" + world.surImport();

        assertThat(as(LUIS).get(path).status()).isEqualTo(200);
        assertThat(as(LUIS).get(path + "/rows").json().get("total").asLong()).isEqualTo(1);
        assertThat(as(MARTA).get(path).status()).isEqualTo(200);
        assertThat(as(ANA).get(path).status()).isEqualTo(404);
        assertThat(as(ANA).get(path + "/rows").status()).isEqualTo(404);
        assertThat(as(ANA).get("/api/leads/imports?size=200")
                        .json()
                        .get("items")
                        .valueStream()
                        .map(i -> i.get("id").asString()))
                .doesNotContain(world.surImport());
        assertThat(as(MARTA)
                        .get("/api/leads/imports?size=200")
                        .json()
                        .get("items")
                        .valueStream()
                        .map(i -> i.get("id").asString()))
                .contains(world.surImport());
    }

    private String export(TestUser user, String query) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create("http://localhost:" + port + "/api/leads/export?" + query))
                                    .header("Authorization", "Bearer " + user.token())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }
}
