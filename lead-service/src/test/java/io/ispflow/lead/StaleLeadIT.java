package io.ispflow.lead;

import static io.ispflow.lead.LeadFixtures.aLead;
import static io.ispflow.lead.TestUser.ANA;
import static io.ispflow.lead.TestUser.MARTA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * The stale-lead policy (seed 002): an imported lead nobody was assigned to for
 * {@code ispflow.lead.stale-after-days} days may be deleted by a manager; before that it is a 409.
 */
class StaleLeadIT extends LeadTestSupport {

    @Value("${ispflow.lead.stale-after-days}")
    int staleAfterDays;

    @Test
    void shouldLetAManagerDeleteAnImportedLeadOnlyOnceItIsStale() {
        String lead = importOneLead();

        var tooEarly = as(MARTA).delete("/api/leads/" + lead);
        importedDaysAgo(lead, staleAfterDays - 1);
        var stillTooEarly = as(MARTA).delete("/api/leads/" + lead);
        importedDaysAgo(lead, staleAfterDays + 1);
        var bySales = as(ANA).delete("/api/leads/" + lead);
        var stale = as(MARTA).delete("/api/leads/" + lead);

        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("type").asString()).isEqualTo("urn:problem:ispflow:lead-not-stale-yet");
        assertThat(stillTooEarly.status()).isEqualTo(409);
        assertThat(bySales.status()).isEqualTo(403);
        assertThat(stale.status()).isEqualTo(204);
        assertThat(as(MARTA).get("/api/leads/" + lead).status()).isEqualTo(404);
        JsonNode event = awaitEvent("lead.deleted.v1", lead);
        assertThat(event.get("reason").asString()).isEqualTo("STALE_IMPORT");
        assertThat(event.get("deletedBy").asString()).isEqualTo("marta");
    }

    @Test
    void shouldKeepLeadsThatWereNotImportedOrWereAssigned() {
        String manual = id(createLead(ANA, aLead()));
        String assigned = importOneLead();
        as(MARTA).header("If-Match", "\"0\"").put("/api/leads/" + assigned + "/assignment", Map.of("assignee", "ana"));
        importedDaysAgo(assigned, staleAfterDays + 30);

        var deleteManual = as(MARTA).delete("/api/leads/" + manual);
        var deleteAssigned = as(MARTA).delete("/api/leads/" + assigned);

        assertThat(deleteManual.status()).isEqualTo(409);
        assertThat(deleteManual.json().get("type").asString()).isEqualTo("urn:problem:ispflow:lead-not-deletable");
        assertThat(deleteAssigned.status()).isEqualTo(409);
        assertThat(as(MARTA).get("/api/leads/" + assigned).status()).isEqualTo(200);
    }

    @Test
    void shouldListOnlyTheStaleImportedLeadsForTheManagersCleanUp() {
        String tag = LeadFixtures.uniqueTag();
        String stale = importOneLead(tag);
        String recent = importOneLead(tag);
        importedDaysAgo(stale, staleAfterDays + 1);
        importedDaysAgo(recent, staleAfterDays - 1);

        JsonNode listed = grid(MARTA, "stale=true&campaign=" + tag);

        assertThat(listed.get("total").asLong()).isEqualTo(1);
        assertThat(id(listed.get("items").get(0))).isEqualTo(stale);
        assertThat(grid(MARTA, "campaign=" + tag).get("total").asLong()).isEqualTo(2);
    }

    private String importOneLead() {
        return importOneLead(LeadFixtures.uniqueTag());
    }

    private String importOneLead(String tag) {
        String name = "Importada " + LeadFixtures.uniqueTag();
        var upload =
                upload(MARTA, LeadFixtures.uniqueTag() + ".csv", csv("name,zone,campaign", name + ",NORTE," + tag));
        assertThat(upload.status()).isEqualTo(202);
        awaitImportFinished(MARTA, upload.json().get("id").asString());
        JsonNode lead = grid(MARTA, "q=" + name.replace(' ', '+')).get("items").get(0);
        assertThat(lead.get("importId").asString())
                .isEqualTo(upload.json().get("id").asString());
        assertThat(lead.get("importedAt").isNull()).isFalse();
        assertThat(lead.get("assignee").isNull()).isTrue();
        return id(lead);
    }

    private void importedDaysAgo(String lead, int days) {
        jdbc.sql("UPDATE lead SET imported_at = now() - make_interval(days => :days) WHERE id = :id::uuid")
                .param("days", days)
                .param("id", lead)
                .update();
    }
}
