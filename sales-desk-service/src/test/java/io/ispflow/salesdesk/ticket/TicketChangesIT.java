package io.ispflow.salesdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.contracts.ticket.TicketCancelled;
import io.ispflow.contracts.ticket.TicketLost;
import io.ispflow.contracts.ticket.TicketStatusChanged;
import io.ispflow.salesdesk.fixtures.SalesDeskTestSupport;
import io.ispflow.testsupport.Api;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What users change on a ticket: assignee and tags, comments, another order, lost and cancelled with
 * their reasons. Changes take the ETag (428 without, 412 stale); a closed ticket takes no more.
 */
class TicketChangesIT extends SalesDeskTestSupport {

    @Test
    void shouldReassignAndRetagWithTheCurrentVersion() {
        JsonNode ticket = openTicket("NORTE", "TICKET", "fibra");
        String location = "/api/tickets/" + ticket.get("id").asString();
        Api ana = asSales("NORTE");
        Map<String, Object> change = Map.of("assignee", "luis", "tags", List.of("vip", " empresa "));

        var withoutVersion = ana.put(location, change);
        var stale = ana.header("If-Match", "\"41\"").put(location, change);
        var updated = ana.header("If-Match", etagOf(ticket)).put(location, change);

        assertThat(withoutVersion.status()).isEqualTo(428);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("assignee").asString()).isEqualTo("luis");
        assertThat(updated.json().get("tags").valueStream().map(JsonNode::asString))
                .containsExactly("empresa", "vip");
        assertThat(updated.json().get("updatedBy").asString()).isEqualTo("sales-NORTE");
        assertThat(updated.header("ETag")).isNotEqualTo(etagOf(ticket));
        assertThat(ana.get(location).header("ETag")).isEqualTo(updated.header("ETag"));
    }

    @Test
    void shouldRefuseInvalidTags() {
        JsonNode ticket = openTicket("NORTE", "TICKET");

        var response = asSales("NORTE")
                .header("If-Match", etagOf(ticket))
                .put("/api/tickets/" + ticket.get("id").asString(), Map.of("tags", List.of("ok", "x".repeat(41))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("tags[1]");
    }

    @Test
    void shouldAddCommentsWithTheirAuthor() {
        JsonNode ticket = openTicket("NORTE", "TICKET");
        String location = "/api/tickets/" + ticket.get("id").asString();

        var blank = asSales("NORTE").post(location + "/comments", Map.of("text", " "));
        var commented = asSales("NORTE").post(location + "/comments", Map.of("text", "Pidió visita a la tarde"));

        assertThat(blank.status()).isEqualTo(400);
        assertThat(commented.status()).as(commented.toString()).isEqualTo(201);
        JsonNode comment = commented.json().get("comments").get(0);
        assertThat(comment.get("text").asString()).isEqualTo("Pidió visita a la tarde");
        assertThat(comment.get("author").asString()).isEqualTo("sales-NORTE");
        assertThat(comment.get("authorName").asString()).isEqualTo("Vendedora NORTE");
        assertThat(commented.header("ETag"))
                .isEqualTo("\"" + commented.json().get("version").asLong() + "\"");
    }

    @Test
    void shouldMarkATicketLostWithItsReason() {
        JsonNode ticket = openTicket("NORTE", "TICKET_AND_FEASIBILITY");
        String id = ticket.get("id").asString();
        Api ana = asSales("NORTE").header("If-Match", etagOf(ticket));

        var withoutReason = ana.post("/api/tickets/" + id + "/lost", reason(null));
        var lost = ana.post("/api/tickets/" + id + "/lost", reason("Eligió otro proveedor"));
        var again = asSales("NORTE")
                .header("If-Match", lost.header("ETag"))
                .post("/api/tickets/" + id + "/lost", reason("otra vez"));

        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.json().get("errors").get(0).get("field").asString())
                .isEqualTo("reason");
        assertThat(lost.status()).as(lost.toString()).isEqualTo(200);
        assertThat(lost.json().get("status").asString()).isEqualTo("LOST");
        assertThat(lost.json().get("lostReason").asString()).isEqualTo("Eligió otro proveedor");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("urn:problem:ispflow:ticket-closed");
        JsonNode event = awaitTicketEvent(id, TicketLost.TYPE);
        assertThat(event.get("reason").asString()).isEqualTo("Eligió otro proveedor");
        assertThat(event.get("by").asString()).isEqualTo("sales-NORTE");
        JsonNode move = awaitTicketEvent(id, TicketStatusChanged.TYPE);
        assertThat(move.get("from").asString()).isEqualTo("FEASIBILITY_REQUESTED");
        assertThat(move.get("to").asString()).isEqualTo("LOST");
        assertThat(move.get("reason").asString()).isEqualTo("Eligió otro proveedor");
    }

    @Test
    void shouldCancelATicketWithItsReason() {
        JsonNode ticket = openTicket("NORTE", "TICKET_AND_INSTALLATION");
        String id = ticket.get("id").asString();

        var withoutVersion = asSales("NORTE").post("/api/tickets/" + id + "/cancellation", reason("cargado dos veces"));
        var cancelled = asSales("NORTE")
                .header("If-Match", etagOf(ticket))
                .header("X-Correlation-Id", "cancel-" + id.substring(0, 8))
                .post("/api/tickets/" + id + "/cancellation", reason("cargado dos veces"));

        assertThat(withoutVersion.status()).isEqualTo(428);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("cancelReason").asString()).isEqualTo("cargado dos veces");
        assertThat(awaitTicketEvent(id, TicketCancelled.TYPE).get("reason").asString())
                .isEqualTo("cargado dos veces");
        JsonNode move = awaitTicketEvent(id, TicketStatusChanged.TYPE);
        assertThat(move.get("to").asString()).isEqualTo("CANCELLED");
        assertThat(move.get("cause").asString()).isEqualTo("cancel-" + id.substring(0, 8));
    }

    @Test
    void shouldRefuseASecondOrderWhileOneIsOpen() {
        JsonNode ticket = openTicket("NORTE", "TICKET_AND_FEASIBILITY");
        String id = ticket.get("id").asString();

        var withoutVersion = asSales("NORTE").post("/api/tickets/" + id + "/orders", Map.of("kind", "INSTALLATION"));
        var second = asSales("NORTE")
                .header("If-Match", etagOf(ticket))
                .post("/api/tickets/" + id + "/orders", Map.of("kind", "FEASIBILITY"));
        var noKind =
                asSales("NORTE").header("If-Match", etagOf(ticket)).post("/api/tickets/" + id + "/orders", Map.of());

        assertThat(withoutVersion.status()).isEqualTo(428);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("type").asString()).isEqualTo("urn:problem:ispflow:order-already-open");
        assertThat(noKind.status()).isEqualTo(400);
    }

    @Test
    void shouldAskForAFeasibilityOrderFromAnOpenTicket() {
        JsonNode ticket = openTicket("NORTE", "TICKET");
        String id = ticket.get("id").asString();

        var requested = asSales("NORTE")
                .header("If-Match", etagOf(ticket))
                .post("/api/tickets/" + id + "/orders", Map.of("kind", "FEASIBILITY"));

        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        assertThat(requested.json().get("status").asString()).isEqualTo("FEASIBILITY_REQUESTED");
        assertThat(requested.json().get("orders").get(0).get("kind").asString()).isEqualTo("FEASIBILITY");
    }

    @Test
    void shouldRefuseOrdersOnAClosedTicket() {
        JsonNode ticket = openTicket("NORTE", "TICKET");
        String id = ticket.get("id").asString();
        var cancelled = asSales("NORTE")
                .header("If-Match", etagOf(ticket))
                .post("/api/tickets/" + id + "/cancellation", reason("duplicado"));

        var order = asSales("NORTE")
                .header("If-Match", cancelled.header("ETag"))
                .post("/api/tickets/" + id + "/orders", Map.of("kind", "FEASIBILITY"));

        assertThat(order.status()).isEqualTo(409);
        assertThat(order.json().get("type").asString()).isEqualTo("urn:problem:ispflow:ticket-closed");
    }

    @Test
    void shouldLetOnlySellersChangeTickets() {
        JsonNode ticket = openTicket("NORTE", "TICKET");
        String id = ticket.get("id").asString();

        var comment = asPlanner().post("/api/tickets/" + id + "/comments", Map.of("text", "hola"));
        var read = asPlanner().get("/api/tickets/" + id);

        assertThat(comment.status()).isEqualTo(403);
        assertThat(read.status()).isEqualTo(200);
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownTicket() {
        var response = asManager().get("/api/tickets/" + UUID.randomUUID());
        var notAnId = asManager().get("/api/tickets/not-a-uuid");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(notAnId.status()).isEqualTo(400);
    }

    private static String etagOf(JsonNode ticket) {
        return "\"" + ticket.get("version").asLong() + "\"";
    }
}
