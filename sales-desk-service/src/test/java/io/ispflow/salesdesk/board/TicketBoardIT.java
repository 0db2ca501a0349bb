package io.ispflow.salesdesk.board;

import static io.ispflow.salesdesk.fixtures.LeadFixtures.aLead;
import static io.ispflow.salesdesk.fixtures.LeadFixtures.aProspectOf;
import static io.ispflow.salesdesk.fixtures.WizardFixtures.aWizard;
import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.salesdesk.fixtures.LeadFixtures.LeadFixture;
import io.ispflow.salesdesk.fixtures.LeadFixtures.ProspectFixture;
import io.ispflow.salesdesk.fixtures.SalesDeskTestSupport;
import io.ispflow.testsupport.Api;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The board (count per status column) and the ticket list, with their filters, and zone visibility
 * on both and on a ticket's detail. Each test tags its tickets with a tag of its own, so the tickets
 * other tests made do not count.
 */
class TicketBoardIT extends SalesDeskTestSupport {

    @Test
    void shouldCountTicketsPerStatusColumnWithEveryStatusPresent() {
        String tag = uniqueTag();
        openTicket("NORTE", "TICKET", tag);
        openTicket("NORTE", "TICKET", tag);
        openTicket("NORTE", "TICKET_AND_FEASIBILITY", tag);
        openTicket("SUR", "TICKET_AND_INSTALLATION", tag);
        JsonNode lost = openTicket("NORTE", "TICKET", tag);
        asSales("NORTE")
                .header("If-Match", "\"" + lost.get("version").asLong() + "\"")
                .post("/api/tickets/" + lost.get("id").asString() + "/lost", reason("sin respuesta"));

        JsonNode board = asManager().get("/api/tickets/board?tags=" + tag).json();

        assertThat(columns(board))
                .containsExactly(
                        Map.entry("OPEN", 2L),
                        Map.entry("FEASIBILITY_REQUESTED", 1L),
                        Map.entry("FEASIBLE", 0L),
                        Map.entry("NOT_FEASIBLE", 0L),
                        Map.entry("INSTALLATION_REQUESTED", 1L),
                        Map.entry("INSTALLATION_SCHEDULED", 0L),
                        Map.entry("INSTALLED", 0L),
                        Map.entry("WON", 0L),
                        Map.entry("LOST", 1L),
                        Map.entry("CANCELLED", 0L));
        assertThat(board.get("total").asLong()).isEqualTo(5);
    }

    @Test
    void shouldApplyTheFiltersToTheBoardCounts() {
        String tag = uniqueTag();
        openTicket("NORTE", "TICKET", tag);
        openTicket("NORTE", "TICKET_AND_FEASIBILITY", tag);
        openTicket("SUR", "TICKET", tag);

        JsonNode open = asManager()
                .get("/api/tickets/board?tags=" + tag + "&status=OPEN")
                .json();
        JsonNode norte = asManager()
                .get("/api/tickets/board?tags=" + tag + "&zone=NORTE")
                .json();

        assertThat(columns(open)).containsEntry("OPEN", 2L).containsEntry("FEASIBILITY_REQUESTED", 0L);
        assertThat(open.get("columns").size()).isEqualTo(10);
        assertThat(open.get("total").asLong()).isEqualTo(2);
        assertThat(columns(norte)).containsEntry("OPEN", 1L).containsEntry("FEASIBILITY_REQUESTED", 1L);
        assertThat(norte.get("total").asLong()).isEqualTo(2);
    }

    @Test
    void shouldFilterTheListByStatusZoneAssigneeTagsAndText() {
        String tag = uniqueTag();
        JsonNode first = openTicket("NORTE", "TICKET", tag, "vip");
        JsonNode second = openTicket("NORTE", "TICKET_AND_INSTALLATION", tag);
        JsonNode third = openTicket("SUR", "TICKET", tag);
        JsonNode otherTag = openTicket("NORTE", "TICKET", uniqueTag());
        asSales("NORTE")
                .header("If-Match", "\"" + second.get("version").asLong() + "\"")
                .put("/api/tickets/" + second.get("id").asString(), Map.of("assignee", "luis", "tags", List.of(tag)));

        assertThat(ids("/api/tickets?tags=" + tag)).containsExactlyInAnyOrder(id(first), id(second), id(third));
        assertThat(ids("/api/tickets?tags=" + tag + "&status=OPEN")).containsExactlyInAnyOrder(id(first), id(third));
        assertThat(ids("/api/tickets?tags=" + tag + "&status=OPEN,INSTALLATION_REQUESTED"))
                .containsExactlyInAnyOrder(id(first), id(second), id(third));
        assertThat(ids("/api/tickets?tags=" + tag + "&zone=SUR")).containsExactly(id(third));
        assertThat(ids("/api/tickets?tags=" + tag + "&assignee=luis")).containsExactly(id(second));
        assertThat(ids("/api/tickets?tags=vip&tags=" + tag + "&q="
                        + first.get("number").asString()))
                .containsExactly(id(first));
        String name = otherTag.get("contact").get("name").asString();
        assertThat(ids("/api/tickets?q=" + name.substring(name.length() - 8).toUpperCase()))
                .containsExactly(id(otherTag));
    }

    @Test
    void shouldFilterByCreationDates() {
        String tag = uniqueTag();
        JsonNode ticket = openTicket("NORTE", "TICKET", tag);
        LocalDate today = LocalDate.now(ZoneId.of("America/Argentina/Buenos_Aires"));

        assertThat(ids("/api/tickets?tags=" + tag + "&createdFrom=" + today + "&createdTo=" + today))
                .containsExactly(id(ticket));
        assertThat(ids("/api/tickets?tags=" + tag + "&createdTo=" + today.minusDays(1)))
                .isEmpty();
        assertThat(ids("/api/tickets?tags=" + tag + "&createdFrom=" + today.plusDays(1)))
                .isEmpty();
        assertThat(ids("/api/tickets?tags=" + tag + "&createdFrom="
                        + ticket.get("createdAt").asString()))
                .containsExactly(id(ticket));
        assertThat(asManager().get("/api/tickets?createdFrom=yesterday").status())
                .isEqualTo(400);
    }

    @Test
    void shouldPageAndSortTheList() {
        String tag = uniqueTag();
        JsonNode first = openTicket("NORTE", "TICKET", tag);
        JsonNode second = openTicket("NORTE", "TICKET", tag);
        JsonNode third = openTicket("NORTE", "TICKET", tag);

        JsonNode page = asManager()
                .get("/api/tickets?tags=" + tag + "&size=2&sort=number,asc")
                .json();

        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.get("items").valueStream().map(this::id)).containsExactly(id(first), id(second));
        assertThat(ids("/api/tickets?tags=" + tag))
                .as("newest first")
                .containsExactly(id(third), id(second), id(first));
        assertThat(asManager().get("/api/tickets?sort=contact").status()).isEqualTo(400);
        assertThat(asManager().get("/api/tickets?status=SOLD").status()).isEqualTo(400);
    }

    @Test
    void shouldHideTicketsOfOtherZonesEverywhere() {
        String tag = uniqueTag();
        JsonNode norte = openTicket("NORTE", "TICKET", tag);
        JsonNode sur = openTicket("SUR", "TICKET", tag);
        Api surSales = asSales("SUR");

        var detail = surSales.get("/api/tickets/" + id(norte));
        var change =
                surSales.header("If-Match", "\"0\"").post("/api/tickets/" + id(norte) + "/lost", reason("no es mío"));
        JsonNode list = surSales.get("/api/tickets?tags=" + tag).json();
        JsonNode board = surSales.get("/api/tickets/board?tags=" + tag).json();
        JsonNode asked =
                surSales.get("/api/tickets/board?tags=" + tag + "&zone=NORTE").json();

        assertThat(detail.status()).isEqualTo(404);
        assertThat(change.status()).isEqualTo(404);
        assertThat(list.get("items").valueStream().map(this::id)).containsExactly(id(sur));
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(board.get("total").asLong()).isEqualTo(1);
        assertThat(asked.get("total").asLong()).isZero();
        assertThat(ids("/api/tickets?tags=" + tag))
                .as("a manager without zones sees both")
                .hasSize(2);
    }

    @Test
    void shouldFilterTheListByLeadAndByProspect() {
        LeadFixture lead = aLead().inZone("NORTE");
        ProspectFixture home = aProspectOf(lead);
        ProspectFixture office = aProspectOf(lead);
        LeadFixture otherLead = aLead().inZone("NORTE");
        ProspectFixture otherProspect = aProspectOf(otherLead);
        JsonNode first = openTicket(lead, home, "TICKET");
        JsonNode second = openTicket(lead, home, "TICKET_AND_FEASIBILITY");
        JsonNode third = openTicket(lead, office, "TICKET");
        JsonNode other = openTicket(otherLead, otherProspect, "TICKET");

        assertThat(ids("/api/tickets?leadId=" + lead.id())).containsExactlyInAnyOrder(id(first), id(second), id(third));
        assertThat(ids("/api/tickets?leadId=" + otherLead.id())).containsExactly(id(other));
        assertThat(ids("/api/tickets?prospectId=" + home.id())).containsExactlyInAnyOrder(id(first), id(second));
        assertThat(ids("/api/tickets?prospectId=" + office.id())).containsExactly(id(third));
        assertThat(ids("/api/tickets?leadId=" + lead.id() + "&status=OPEN"))
                .as("together with the other filters")
                .containsExactlyInAnyOrder(id(first), id(third));
        assertThat(ids("/api/tickets?leadId=" + lead.id() + "&prospectId=" + home.id() + "&status=OPEN"))
                .containsExactly(id(first));
        assertThat(ids("/api/tickets?leadId=" + lead.id() + "&prospectId=" + otherProspect.id()))
                .as("a prospect of another lead")
                .isEmpty();
        assertThat(ids("/api/tickets?leadId=" + UUID.randomUUID())).isEmpty();
        assertThat(first.get("leadId").asString()).isEqualTo(lead.id().toString());
        assertThat(first.get("prospectId").asString()).isEqualTo(home.id().toString());
    }

    @Test
    void shouldApplyTheLeadAndProspectFiltersToTheBoardCounts() {
        LeadFixture lead = aLead().inZone("NORTE");
        ProspectFixture home = aProspectOf(lead);
        ProspectFixture office = aProspectOf(lead);
        LeadFixture otherLead = aLead().inZone("NORTE");
        openTicket(lead, home, "TICKET");
        openTicket(lead, home, "TICKET_AND_FEASIBILITY");
        openTicket(lead, office, "TICKET_AND_INSTALLATION");
        openTicket(otherLead, aProspectOf(otherLead), "TICKET");

        JsonNode ofLead =
                asManager().get("/api/tickets/board?leadId=" + lead.id()).json();
        JsonNode ofProspect =
                asManager().get("/api/tickets/board?prospectId=" + home.id()).json();
        JsonNode ofLeadOpen = asManager()
                .get("/api/tickets/board?leadId=" + lead.id() + "&status=OPEN")
                .json();

        assertThat(columns(ofLead))
                .containsEntry("OPEN", 1L)
                .containsEntry("FEASIBILITY_REQUESTED", 1L)
                .containsEntry("INSTALLATION_REQUESTED", 1L)
                .containsEntry("WON", 0L);
        assertThat(ofLead.get("columns").size()).isEqualTo(10);
        assertThat(ofLead.get("total").asLong()).isEqualTo(3);
        assertThat(columns(ofProspect))
                .containsEntry("OPEN", 1L)
                .containsEntry("FEASIBILITY_REQUESTED", 1L)
                .containsEntry("INSTALLATION_REQUESTED", 0L);
        assertThat(ofProspect.get("total").asLong()).isEqualTo(2);
        assertThat(ofLeadOpen.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void shouldNotWidenTheCallersZonesWhenFilteringByLeadOrProspect() {
        LeadFixture norteLead = aLead().inZone("NORTE");
        ProspectFixture norteProspect = aProspectOf(norteLead);
        JsonNode norte = openTicket(norteLead, norteProspect, "TICKET");
        Api surSales = asSales("SUR");

        var list = surSales.get("/api/tickets?leadId=" + norteLead.id());
        var byProspect = surSales.get("/api/tickets?prospectId=" + norteProspect.id());
        var board = surSales.get("/api/tickets/board?leadId=" + norteLead.id());
        var asked = surSales.get("/api/tickets?leadId=" + norteLead.id() + "&zone=NORTE");

        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().get("items").size()).isZero();
        assertThat(list.json().get("total").asLong()).isZero();
        assertThat(byProspect.json().get("items").size()).isZero();
        assertThat(byProspect.json().get("total").asLong()).isZero();
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.json().get("total").asLong()).isZero();
        assertThat(asked.json().get("total").asLong()).isZero();
        JsonNode seenInItsZone =
                asSales("NORTE").get("/api/tickets?leadId=" + norteLead.id()).json();
        assertThat(seenInItsZone.get("items").valueStream().map(this::id))
                .as("the lead's own zone sees it")
                .containsExactly(id(norte));
    }

    @Test
    void shouldRefuseAMalformedLeadOrProspectIdNamingTheParameter() {
        var list = asManager().get("/api/tickets?leadId=not-a-uuid");
        var board = asManager().get("/api/tickets/board?prospectId=12345");
        var blank = asManager().get("/api/tickets?leadId=&prospectId=%20&tags=" + uniqueTag());

        assertThat(list.status()).as(list.toString()).isEqualTo(400);
        assertThat(list.contentType()).startsWith("application/problem+json");
        assertThat(list.json().get("type").asString()).isEqualTo("urn:problem:ispflow:validation");
        assertThat(list.json().get("errors").get(0).get("field").asString()).isEqualTo("leadId");
        assertThat(list.json().get("errors").get(0).get("message").asString()).isEqualTo("must be a UUID");
        assertThat(board.status()).as(board.toString()).isEqualTo(400);
        assertThat(board.contentType()).startsWith("application/problem+json");
        assertThat(board.json().get("errors").get(0).get("field").asString()).isEqualTo("prospectId");
        assertThat(blank.status()).as("a blank id filters nothing: %s", blank).isEqualTo(200);
    }

    /** Opens a ticket through the wizard for this lead and prospect (in their zone); returns it. */
    private JsonNode openTicket(LeadFixture lead, ProspectFixture prospect, String mode) {
        leadService.has(lead).has(prospect);
        var response = asSales(prospect.zone())
                .post(
                        "/api/tickets",
                        aWizard()
                                .existingLead(lead)
                                .existingProspect(prospect)
                                .create(mode)
                                .body());
        assertThat(response.status()).as("open a ticket: %s", response).isEqualTo(201);
        return response.json();
    }

    private List<String> ids(String path) {
        var response = asManager().get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("items").valueStream().map(this::id).toList();
    }

    private String id(JsonNode ticket) {
        return ticket.get("id").asString();
    }

    private static Map<String, Long> columns(JsonNode board) {
        Map<String, Long> columns = new LinkedHashMap<>();
        board.get("columns")
                .valueStream()
                .forEach(column -> columns.put(
                        column.get("status").asString(), column.get("count").asLong()));
        return columns;
    }

    private static String uniqueTag() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
