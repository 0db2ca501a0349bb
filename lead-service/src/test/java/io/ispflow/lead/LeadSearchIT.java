package io.ispflow.lead;

import static io.ispflow.lead.LeadFixtures.aLead;
import static io.ispflow.lead.LeadFixtures.aProspect;
import static io.ispflow.lead.TestUser.ANA;
import static io.ispflow.lead.TestUser.MARTA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The grid: filters, free text, sort, pages and the total. */
class LeadSearchIT extends LeadTestSupport {

    @Test
    void shouldFilterByEachCriterion() {
        String tag = LeadFixtures.uniqueTag();
        String web = id(createLead(
                MARTA, aLead().inCampaign(tag).with("channel", "Mostrador").assignedTo("sol")));
        String phone = id(createLead(
                MARTA, aLead().inCampaign(tag).with("origin", "TELEFONO").inZone("SUR")));
        String prospect = id(createLead(MARTA, aLead().inCampaign(tag).inZone("CENTRO")));
        createProspect(MARTA, prospect, aProspect());
        as(MARTA)
                .header("If-Match", "\"0\"")
                .put("/api/leads/" + phone + "/status", Map.of("status", "DISCARDED", "discardReason", "No contesta"));

        assertThat(ids(grid(MARTA, "campaign=" + tag))).containsExactlyInAnyOrder(web, phone, prospect);
        assertThat(ids(grid(MARTA, "campaign=" + tag + "&origin=TELEFONO"))).containsExactly(phone);
        assertThat(ids(grid(MARTA, "campaign=" + tag + "&zone=SUR,CENTRO"))).containsExactlyInAnyOrder(phone, prospect);
        assertThat(ids(grid(MARTA, "campaign=" + tag + "&zone=SUR&zone=CENTRO")))
                .containsExactlyInAnyOrder(phone, prospect);
        assertThat(ids(grid(MARTA, "campaign=" + tag + "&status=DISCARDED"))).containsExactly(phone);
        assertThat(ids(grid(MARTA, "campaign=" + tag + "&status=new"))).containsExactlyInAnyOrder(web, prospect);
        assertThat(ids(grid(MARTA, "campaign=" + tag + "&stage=PROSPECT"))).containsExactly(prospect);
        assertThat(ids(grid(MARTA, "campaign=" + tag + "&assignee=sol"))).containsExactly(web);
        assertThat(ids(grid(MARTA, "campaign=" + tag + "&unassigned=true"))).containsExactlyInAnyOrder(phone, prospect);
        assertThat(ids(grid(MARTA, "campaign=" + tag + "&channel=Mostrador"))).containsExactly(web);
    }

    @Test
    void shouldFindByAnyWordOfNameDocumentEmailOrPhoneIgnoringAccentsAndCase() {
        String tag = LeadFixtures.uniqueTag();
        String dni = LeadFixtures.uniqueDni();
        String id = id(createLead(
                ANA,
                aLead().named("José Ñandú Pérez")
                        .inCampaign(tag)
                        .withDocument(dni.substring(0, 2) + "." + dni.substring(2, 5) + "." + dni.substring(5))
                        .withEmail("jose." + tag.toLowerCase() + "@correo.com.ar")
                        .withPhone("(011) 15-" + dni)));

        for (String q : List.of(
                "jose+nandu",
                "PEREZ+jos%C3%A9",
                dni,
                tag.toLowerCase() + "%40correo",
                "15" + dni.substring(0, 4),
                "%C3%91AND%C3%9A")) {
            assertThat(ids(grid(ANA, "campaign=" + tag + "&q=" + q)))
                    .as("q=%s", q)
                    .containsExactly(id);
        }
        assertThat(grid(ANA, "campaign=" + tag + "&q=jose+gomez").get("total").asLong())
                .as("every word must match")
                .isZero();
        assertThat(grid(ANA, "campaign=" + tag + "&q=100%25").get("total").asLong())
                .as("LIKE wildcards are plain characters")
                .isZero();
    }

    @Test
    void shouldSortAndPageWithoutOverlapsAndWithTheTotal() {
        String tag = LeadFixtures.uniqueTag();
        List<String> names = List.of("Carla", "Ariel", "Esteban", "Beatriz", "Daniel");
        names.forEach(name -> createLead(ANA, aLead().named(name + " " + tag).inCampaign(tag)));

        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode result = grid(ANA, "campaign=" + tag + "&sort=name,asc&size=2&page=" + page);
            assertThat(result.get("total").asLong()).isEqualTo(5);
            assertThat(result.get("totalPages").asInt()).isEqualTo(3);
            result.get("items")
                    .forEach(lead -> seen.add(lead.get("name").asString().split(" ")[0]));
        }
        assertThat(seen).containsExactly("Ariel", "Beatriz", "Carla", "Daniel", "Esteban");
        JsonNode newestFirst = grid(ANA, "campaign=" + tag);
        assertThat(newestFirst.get("items").get(0).get("name").asString()).startsWith("Daniel");
    }

    @Test
    void shouldFilterByCreationDates() {
        String tag = LeadFixtures.uniqueTag();
        String january = id(createLead(ANA, aLead().inCampaign(tag)));
        String february = id(createLead(ANA, aLead().inCampaign(tag)));
        createdAt(january, "2025-01-15T10:00:00Z");
        createdAt(february, "2025-02-28T23:30:00Z");

        assertThat(ids(grid(ANA, "campaign=" + tag + "&createdFrom=2025-01-01&createdTo=2025-01-31")))
                .containsExactly(january);
        assertThat(ids(grid(ANA, "campaign=" + tag + "&createdFrom=2025-02-01&createdTo=2025-02-28")))
                .as("createdTo is inclusive for a date")
                .containsExactly(february);
        assertThat(ids(grid(ANA, "campaign=" + tag + "&createdFrom=2025-01-15T10:00:01Z")))
                .containsExactly(february);
    }

    @Test
    void shouldRefuseFiltersAndSortsItCannotApply() {
        for (String query : List.of(
                "sort=password",
                "sort=name,sideways",
                "status=LOST",
                "stage=FAN",
                "createdFrom=ayer",
                "createdFrom=2025-02-01&createdTo=2025-01-01",
                "size=500",
                "page=-1")) {
            var response = as(ANA).get("/api/leads?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    private void createdAt(String lead, String at) {
        jdbc.sql("UPDATE lead SET created_at = CAST(:at AS timestamptz) WHERE id = CAST(:id AS uuid)")
                .param("at", at)
                .param("id", lead)
                .update();
    }
}
