package io.ispflow.salesdesk.ticket;

import static io.ispflow.salesdesk.fixtures.OrderEvents.cancelled;
import static io.ispflow.salesdesk.fixtures.OrderEvents.contractActivated;
import static io.ispflow.salesdesk.fixtures.OrderEvents.created;
import static io.ispflow.salesdesk.fixtures.OrderEvents.failed;
import static io.ispflow.salesdesk.fixtures.OrderEvents.feasible;
import static io.ispflow.salesdesk.fixtures.OrderEvents.notFeasible;
import static io.ispflow.salesdesk.fixtures.OrderEvents.orderForLatestRequest;
import static io.ispflow.salesdesk.fixtures.OrderEvents.rescheduled;
import static io.ispflow.salesdesk.fixtures.OrderEvents.scheduled;
import static io.ispflow.salesdesk.fixtures.OrderEvents.started;
import static io.ispflow.salesdesk.fixtures.OrderEvents.succeeded;
import static io.ispflow.salesdesk.fixtures.OrderEvents.unscheduled;
import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.contracts.order.OrderScheduled;
import io.ispflow.contracts.ticket.OrderKind;
import io.ispflow.contracts.ticket.TicketOrderRequested;
import io.ispflow.contracts.ticket.TicketStatusChanged;
import io.ispflow.salesdesk.fixtures.OrderEvents.FieldOrder;
import io.ispflow.salesdesk.fixtures.SalesDeskTestSupport;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The ticket's status driven by real order and contract events on the broker: created, scheduled,
 * completed with its outcome, cancelled, and the contract activation that wins the sale. Duplicates
 * and late events change nothing; each applied move is published with the event as its cause.
 */
class TicketLifecycleIT extends SalesDeskTestSupport {

    @Test
    void shouldFollowAnInstallationFromTheRequestToWon() {
        JsonNode ticket = openTicket("NORTE", "TICKET_AND_INSTALLATION");
        String id = ticket.get("id").asString();
        FieldOrder order = orderForLatestRequest(ticket);

        orderEvents.send(created(order));
        awaitTicket(id, "the order's number recorded", t -> order.number()
                .equals(t.get("orders").get(0).get("orderNumber").asString(null)));
        assertThat(status(id)).isEqualTo("INSTALLATION_REQUESTED");

        String scheduling = orderEvents.send(scheduled(order));
        JsonNode scheduledTicket = awaitStatus(id, "INSTALLATION_SCHEDULED");
        assertThat(scheduledTicket.get("orders").get(0).get("technicianName").asString())
                .isEqualTo("Tito Técnico");
        assertThat(scheduledTicket.get("orders").get(0).get("status").asString())
                .isEqualTo("SCHEDULED");
        JsonNode move = awaitTicketEvent(
                id, TicketStatusChanged.TYPE, e -> e.get("to").asString().equals("INSTALLATION_SCHEDULED"));
        assertThat(move.get("from").asString()).isEqualTo("INSTALLATION_REQUESTED");
        assertThat(move.get("cause").asString()).isEqualTo(scheduling);

        orderEvents.send(started(order));
        String completion = orderEvents.send(succeeded(order));
        JsonNode installed = awaitStatus(id, "INSTALLED");
        assertThat(installed.get("orders").get(0).get("status").asString()).isEqualTo("COMPLETED");
        assertThat(installed.get("orders").get(0).get("outcome").asString()).isEqualTo("SUCCESS");
        awaitTicketEvent(
                id,
                TicketStatusChanged.TYPE,
                e -> e.get("to").asString().equals("INSTALLED")
                        && e.get("cause").asString().equals(completion));

        String activation = orderEvents.send(contractActivated(order));
        awaitStatus(id, "WON");
        awaitTicketEvent(
                id,
                TicketStatusChanged.TYPE,
                e -> e.get("to").asString().equals("WON")
                        && e.get("from").asString().equals("INSTALLED")
                        && e.get("cause").asString().equals(activation));
    }

    @Test
    void shouldAskForTheInstallationOnceTheFeasibilityStudyIsFeasible() {
        JsonNode ticket = openTicket("NORTE", "TICKET_AND_FEASIBILITY");
        String id = ticket.get("id").asString();
        FieldOrder study = orderForLatestRequest(ticket);

        orderEvents.send(created(study));
        orderEvents.send(scheduled(study));
        orderEvents.send(feasible(study));
        JsonNode feasibleTicket = awaitStatus(id, "FEASIBLE");
        assertThat(feasibleTicket.get("orders").get(0).get("feasibility").asString())
                .isEqualTo("FEASIBLE");

        var requested = asSales("NORTE")
                .header("If-Match", "\"" + feasibleTicket.get("version").asLong() + "\"")
                .post("/api/tickets/" + id + "/orders", Map.of("kind", "INSTALLATION", "notes", "Timbre B"));

        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        JsonNode withInstallation = requested.json();
        assertThat(withInstallation.get("status").asString()).isEqualTo("INSTALLATION_REQUESTED");
        assertThat(requested.header("ETag"))
                .isEqualTo("\"" + withInstallation.get("version").asLong() + "\"");
        String requestId =
                withInstallation.get("orders").get(1).get("requestId").asString();
        JsonNode event = awaitTicketEvent(id, TicketOrderRequested.TYPE);
        assertThat(event.get("orderRequest").get("requestId").asString()).isEqualTo(requestId);
        assertThat(event.get("orderRequest").get("kind").asString()).isEqualTo("INSTALLATION");
        assertThat(event.get("orderRequest").get("notes").asString()).isEqualTo("Timbre B");
        assertThat(event.get("offer").get("plan").asString()).isEqualTo("FIBRA-300");
        awaitTicketEvent(
                id,
                TicketStatusChanged.TYPE,
                e -> e.get("from").asString().equals("FEASIBLE")
                        && e.get("to").asString().equals("INSTALLATION_REQUESTED"));

        FieldOrder installation = orderForLatestRequest(withInstallation);
        orderEvents.send(created(installation));
        orderEvents.send(scheduled(installation));
        awaitStatus(id, "INSTALLATION_SCHEDULED");
    }

    @Test
    void shouldMarkTheTicketNotFeasibleAndRefuseAnInstallation() {
        JsonNode ticket = openTicket("NORTE", "TICKET_AND_FEASIBILITY");
        String id = ticket.get("id").asString();
        FieldOrder study = orderForLatestRequest(ticket);

        orderEvents.send(created(study));
        orderEvents.send(notFeasible(study));
        JsonNode notFeasibleTicket = awaitStatus(id, "NOT_FEASIBLE");

        var installation = asSales("NORTE")
                .header("If-Match", "\"" + notFeasibleTicket.get("version").asLong() + "\"")
                .post("/api/tickets/" + id + "/orders", Map.of("kind", "INSTALLATION"));
        assertThat(installation.status()).isEqualTo(409);
        assertThat(installation.json().get("type").asString()).isEqualTo("urn:problem:ispflow:not-feasible");
    }

    @Test
    void shouldKeepWaitingForAResultWhenTheFeasibilityVisitFails() {
        JsonNode ticket = openTicket("NORTE", "TICKET_AND_FEASIBILITY");
        String id = ticket.get("id").asString();
        FieldOrder study = orderForLatestRequest(ticket);

        orderEvents.send(created(study));
        String failure = orderEvents.send(failed(study));
        awaitConsumed(failure);

        JsonNode afterFailure = ticket(id);
        assertThat(afterFailure.get("status").asString()).isEqualTo("FEASIBILITY_REQUESTED");
        assertThat(afterFailure.get("orders").get(0).get("status").asString()).isEqualTo("FAILED");
        assertThat(afterFailure.get("orders").get(0).get("failureReason").asString())
                .isEqualTo("nobody home");
    }

    @Test
    void shouldGoBackToInstallationRequestedWhenTheInstallationFails() {
        JsonNode ticket = openTicket("NORTE", "TICKET_AND_INSTALLATION");
        String id = ticket.get("id").asString();
        FieldOrder installation = orderForLatestRequest(ticket);

        orderEvents.send(created(installation));
        orderEvents.send(scheduled(installation));
        awaitStatus(id, "INSTALLATION_SCHEDULED");
        orderEvents.send(failed(installation));
        JsonNode afterFailure = awaitStatus(id, "INSTALLATION_REQUESTED");
        assertThat(afterFailure.get("orders").get(0).get("status").asString()).isEqualTo("FAILED");

        // the ticket is still open: it can ask for the installation again
        var again = asSales("NORTE")
                .header("If-Match", "\"" + afterFailure.get("version").asLong() + "\"")
                .post("/api/tickets/" + id + "/orders", Map.of("kind", "INSTALLATION"));
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.json().get("status").asString()).isEqualTo("INSTALLATION_REQUESTED");
        assertThat(again.json().get("orders").size()).isEqualTo(2);
    }

    @Test
    void shouldFollowTheVisitOnAndOffTheCalendar() {
        JsonNode ticket = openTicket("NORTE", "TICKET_AND_INSTALLATION");
        String id = ticket.get("id").asString();
        FieldOrder installation = orderForLatestRequest(ticket);

        orderEvents.send(created(installation));
        orderEvents.send(scheduled(installation));
        awaitStatus(id, "INSTALLATION_SCHEDULED");
        orderEvents.send(unscheduled(installation));
        awaitStatus(id, "INSTALLATION_REQUESTED");
        orderEvents.send(rescheduled(installation));
        JsonNode rescheduledTicket = awaitStatus(id, "INSTALLATION_SCHEDULED");
        assertThat(rescheduledTicket.get("orders").get(0).get("technicianName").asString())
                .isEqualTo("Otra Técnica");
    }

    @Test
    void shouldGoBackWhenTheOrderIsCancelled() {
        JsonNode ticket = openTicket("NORTE", "TICKET_AND_FEASIBILITY");
        String id = ticket.get("id").asString();
        FieldOrder study = orderForLatestRequest(ticket);

        orderEvents.send(created(study));
        orderEvents.send(cancelled(study));
        JsonNode open = awaitStatus(id, "OPEN");
        assertThat(open.get("orders").get(0).get("status").asString()).isEqualTo("CANCELLED");

        // after a feasible study, a cancelled installation goes back to FEASIBLE
        var again = asSales("NORTE")
                .header("If-Match", "\"" + open.get("version").asLong() + "\"")
                .post("/api/tickets/" + id + "/orders", Map.of("kind", "FEASIBILITY"));
        FieldOrder secondStudy = orderForLatestRequest(again.json());
        orderEvents.send(created(secondStudy));
        orderEvents.send(feasible(secondStudy));
        JsonNode feasibleTicket = awaitStatus(id, "FEASIBLE");
        var installation = asSales("NORTE")
                .header("If-Match", "\"" + feasibleTicket.get("version").asLong() + "\"")
                .post("/api/tickets/" + id + "/orders", Map.of("kind", "INSTALLATION"));
        FieldOrder installationOrder = orderForLatestRequest(installation.json());
        orderEvents.send(created(installationOrder));
        orderEvents.send(scheduled(installationOrder));
        awaitStatus(id, "INSTALLATION_SCHEDULED");
        orderEvents.send(cancelled(installationOrder));
        awaitStatus(id, "FEASIBLE");
    }

    @Test
    void shouldApplyADuplicateOnceAndIgnoreLateEvents() {
        JsonNode ticket = openTicket("NORTE", "TICKET_AND_INSTALLATION");
        String id = ticket.get("id").asString();
        FieldOrder installation = orderForLatestRequest(ticket);
        orderEvents.send(created(installation));
        OrderScheduled scheduling = scheduled(installation);
        String schedulingId = orderEvents.send(scheduling);
        orderEvents.send(succeeded(installation));
        awaitStatus(id, "INSTALLED");
        orderEvents.send(contractActivated(installation));
        JsonNode won = awaitStatus(id, "WON");
        long version = won.get("version").asLong();
        awaitTicketEvent(
                id, TicketStatusChanged.TYPE, e -> e.get("to").asString().equals("WON"));

        orderEvents.send(scheduling, schedulingId); // redelivered: same event id
        String late = orderEvents.send(scheduled(installation)); // the same fact, published again
        String lateUnscheduling = orderEvents.send(unscheduled(installation));
        String lateFailure = orderEvents.send(failed(installation));
        String secondActivation = orderEvents.send(contractActivated(installation));
        awaitConsumed(late);
        awaitConsumed(lateUnscheduling);
        awaitConsumed(lateFailure);
        awaitConsumed(secondActivation);

        JsonNode after = ticket(id);
        assertThat(after.get("status").asString()).isEqualTo("WON");
        assertThat(after.get("version").asLong()).as("nothing changed").isEqualTo(version);
        assertThat(after.get("orders").get(0).get("status").asString()).isEqualTo("COMPLETED");
        assertThat(ticketEvents(id, TicketStatusChanged.TYPE))
                .extracting(event -> event.data().replaceAll(".*\"to\":\"([A-Z_]+)\".*", "$1"))
                .containsExactly("INSTALLATION_SCHEDULED", "INSTALLED", "WON");
    }

    @Test
    void shouldWinWhenTheContractIsActivatedBeforeTheCompletionArrives() {
        JsonNode ticket = openTicket("NORTE", "TICKET_AND_INSTALLATION");
        String id = ticket.get("id").asString();
        FieldOrder installation = orderForLatestRequest(ticket);
        orderEvents.send(created(installation));
        orderEvents.send(scheduled(installation));
        awaitStatus(id, "INSTALLATION_SCHEDULED");

        orderEvents.send(contractActivated(installation)); // contract.events overtook order.events
        awaitStatus(id, "WON");
        String completion = orderEvents.send(succeeded(installation));
        awaitConsumed(completion);

        JsonNode after = ticket(id);
        assertThat(after.get("status").asString()).isEqualTo("WON");
        assertThat(after.get("orders").get(0).get("status").asString())
                .as("the order's result is still recorded")
                .isEqualTo("COMPLETED");
    }

    @Test
    void shouldLeaveClosedTicketsAsTheyAre() {
        JsonNode ticket = openTicket("NORTE", "TICKET_AND_INSTALLATION");
        String id = ticket.get("id").asString();
        var lost = asSales("NORTE")
                .header("If-Match", "\"" + ticket.get("version").asLong() + "\"")
                .post("/api/tickets/" + id + "/lost", reason("eligió otro proveedor"));
        assertThat(lost.status()).isEqualTo(200);
        FieldOrder installation = orderForLatestRequest(ticket);

        orderEvents.send(created(installation));
        orderEvents.send(scheduled(installation));
        String activation = orderEvents.send(contractActivated(installation));
        awaitConsumed(activation);

        assertThat(status(id)).isEqualTo("LOST");
    }

    @Test
    void shouldIgnoreEventsAboutTicketsItDoesNotHave() {
        JsonNode ticket = openTicket("NORTE", "TICKET_AND_INSTALLATION");
        FieldOrder foreign = new FieldOrder(
                "00000000-0000-0000-0000-000000000001",
                "O-000001",
                OrderKind.INSTALLATION,
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                ticket.get("leadId").asString(),
                ticket.get("prospectId").asString(),
                "NORTE");

        String unknown = orderEvents.send(scheduled(foreign));
        awaitConsumed(unknown);

        assertThat(status(ticket.get("id").asString())).isEqualTo("INSTALLATION_REQUESTED");
    }
}
