package io.ispflow.salesdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import io.ispflow.contracts.ticket.OrderKind;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.problem.ConflictException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ticket's pipeline rules, without a database: which moves each order event makes, and which it may not. */
class TicketTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void shouldOpenInTheStatusOfTheOrderItAsksFor() {
        assertThat(aTicket(null).getStatus()).isEqualTo(TicketStatus.OPEN);
        assertThat(aTicket(OrderKind.FEASIBILITY).getStatus()).isEqualTo(TicketStatus.FEASIBILITY_REQUESTED);
        assertThat(aTicket(OrderKind.INSTALLATION).getStatus()).isEqualTo(TicketStatus.INSTALLATION_REQUESTED);
        assertThat(aTicket(OrderKind.INSTALLATION).getOrders())
                .singleElement()
                .satisfies(order -> assertThat(order.getStatus()).isEqualTo(OrderStatus.REQUESTED));
    }

    @Test
    void shouldWalkAnInstallationToWon() {
        Ticket ticket = aTicket(OrderKind.INSTALLATION);
        String requestId = ticket.getOrders().get(0).getRequestId();

        ticket.orderCreated(requestId, "o-1", "O-000001", OrderKind.INSTALLATION, "order-service", NOW);
        assertThat(scheduled(ticket, "o-1", OrderKind.INSTALLATION))
                .contains(new StatusChange(TicketStatus.INSTALLATION_REQUESTED, TicketStatus.INSTALLATION_SCHEDULED));
        assertThat(completed(ticket, "o-1", OrderKind.INSTALLATION, "SUCCESS", null))
                .contains(new StatusChange(TicketStatus.INSTALLATION_SCHEDULED, TicketStatus.INSTALLED));
        assertThat(ticket.contractActivated("contract-service", NOW))
                .contains(new StatusChange(TicketStatus.INSTALLED, TicketStatus.WON));
        assertThat(ticket.getOrders().get(0).getOrderNumber()).isEqualTo("O-000001");
    }

    @Test
    void shouldIgnoreLateEventsOnceFinished() {
        Ticket ticket = aTicket(OrderKind.INSTALLATION);
        String requestId = ticket.getOrders().get(0).getRequestId();
        ticket.orderCreated(requestId, "o-1", "O-000001", OrderKind.INSTALLATION, "order-service", NOW);
        completed(ticket, "o-1", OrderKind.INSTALLATION, "SUCCESS", null);
        ticket.contractActivated("contract-service", NOW);

        assertThat(scheduled(ticket, "o-1", OrderKind.INSTALLATION)).isEmpty();
        assertThat(ticket.orderUnscheduled("o-1", OrderKind.INSTALLATION, null, "x", NOW))
                .isEmpty();
        assertThat(completed(ticket, "o-1", OrderKind.INSTALLATION, "FAILED", null))
                .isEmpty();
        assertThat(ticket.orderCancelled("o-1", OrderKind.INSTALLATION, null, "late", "x", NOW))
                .isEmpty();
        assertThat(ticket.contractActivated("contract-service", NOW)).isEmpty();
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.WON);
        assertThat(ticket.getOrders().get(0).getStatus()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void shouldNotMoveBackwardsPastALaterState() {
        Ticket ticket = aTicket(OrderKind.INSTALLATION);
        String requestId = ticket.getOrders().get(0).getRequestId();
        ticket.orderCreated(requestId, "o-1", "O-000001", OrderKind.INSTALLATION, "order-service", NOW);
        // the completion overtook the scheduling: installed straight from requested
        assertThat(completed(ticket, "o-1", OrderKind.INSTALLATION, "SUCCESS", null))
                .contains(new StatusChange(TicketStatus.INSTALLATION_REQUESTED, TicketStatus.INSTALLED));

        assertThat(scheduled(ticket, "o-1", OrderKind.INSTALLATION)).isEmpty();
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.INSTALLED);
    }

    @Test
    void shouldTurnTheFeasibilityResultIntoTheStatus() {
        Ticket feasible = aTicket(OrderKind.FEASIBILITY);
        Ticket notFeasible = aTicket(OrderKind.FEASIBILITY);
        Ticket failedVisit = aTicket(OrderKind.FEASIBILITY);

        assertThat(completed(feasible, "f-1", OrderKind.FEASIBILITY, "SUCCESS", "FEASIBLE"))
                .contains(new StatusChange(TicketStatus.FEASIBILITY_REQUESTED, TicketStatus.FEASIBLE));
        assertThat(completed(notFeasible, "f-2", OrderKind.FEASIBILITY, "SUCCESS", "NOT_FEASIBLE"))
                .contains(new StatusChange(TicketStatus.FEASIBILITY_REQUESTED, TicketStatus.NOT_FEASIBLE));
        assertThat(completed(failedVisit, "f-3", OrderKind.FEASIBILITY, "FAILED", null))
                .isEmpty();
        assertThat(failedVisit.getStatus()).isEqualTo(TicketStatus.FEASIBILITY_REQUESTED);
        assertThat(failedVisit.getOrders().get(0).getStatus()).isEqualTo(OrderStatus.FAILED);
    }

    @Test
    void shouldGoBackToTheLastFeasibilityResultWhenTheInstallationIsCancelled() {
        Ticket ticket = aTicket(OrderKind.FEASIBILITY);
        completed(ticket, "f-1", OrderKind.FEASIBILITY, "SUCCESS", "FEASIBLE");
        ticket.requestOrder(OrderKind.INSTALLATION, null, "ana", NOW);
        scheduled(ticket, "o-1", OrderKind.INSTALLATION);

        assertThat(ticket.orderCancelled("o-1", OrderKind.INSTALLATION, null, "cliente de viaje", "x", NOW))
                .contains(new StatusChange(TicketStatus.INSTALLATION_SCHEDULED, TicketStatus.FEASIBLE));
        assertThat(ticket.getOrders().get(1).getCancelReason()).isEqualTo("cliente de viaje");
    }

    @Test
    void shouldRunOneOrderAtATime() {
        Ticket ticket = aTicket(OrderKind.FEASIBILITY);

        assertThatThrownBy(() -> ticket.requestOrder(OrderKind.INSTALLATION, null, "ana", NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("open FEASIBILITY order");
    }

    @Test
    void shouldRefuseAnInstallationAfterANotFeasibleStudyButAllowANewStudy() {
        Ticket ticket = aTicket(OrderKind.FEASIBILITY);
        completed(ticket, "f-1", OrderKind.FEASIBILITY, "SUCCESS", "NOT_FEASIBLE");

        assertThatThrownBy(() -> ticket.requestOrder(OrderKind.INSTALLATION, null, "ana", NOW))
                .isInstanceOf(ConflictException.class);
        assertThat(ticket.requestOrder(OrderKind.FEASIBILITY, "red ampliada", "ana", NOW)
                        .move())
                .contains(new StatusChange(TicketStatus.NOT_FEASIBLE, TicketStatus.FEASIBILITY_REQUESTED));
    }

    @Test
    void shouldCloseOnlyOnceAndOnlyWithAReason() {
        Ticket ticket = aTicket(null);

        assertThatThrownBy(() -> ticket.markLost(" ", "ana", NOW)).isInstanceOf(BadRequestException.class);
        assertThat(ticket.markLost("precio", "ana", NOW))
                .isEqualTo(new StatusChange(TicketStatus.OPEN, TicketStatus.LOST));
        assertThatThrownBy(() -> ticket.cancel("duplicado", "ana", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ticket.requestOrder(OrderKind.FEASIBILITY, null, "ana", NOW))
                .isInstanceOf(ConflictException.class);
        assertThat(ticket.contractActivated("contract-service", NOW)).isEmpty();
    }

    @Test
    void shouldTrackAnOrderItDidNotAskFor() {
        Ticket ticket = aTicket(null);

        ticket.orderCreated("other-request", "o-9", "O-000009", OrderKind.INSTALLATION, "order-service", NOW);

        assertThat(ticket.getOrders()).singleElement().satisfies(order -> {
            assertThat(order.getOrderId()).isEqualTo("o-9");
            assertThat(order.getStatus()).isEqualTo(OrderStatus.CREATED);
        });
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.OPEN);
    }

    @Test
    void shouldNormalizeTags() {
        assertThat(Ticket.normalizeTags(List.of(" b ", "a", "b"))).containsExactly("a", "b");
        assertThatThrownBy(() -> Ticket.normalizeTags(List.of("ok", ""))).isInstanceOf(BadRequestException.class);
    }

    private static Optional<StatusChange> scheduled(Ticket ticket, String orderId, OrderKind kind) {
        return ticket.orderScheduled(
                orderId, kind, null, "Tito", NOW.plusSeconds(3600), NOW.plusSeconds(7200), "x", NOW);
    }

    private static Optional<StatusChange> completed(
            Ticket ticket, String orderId, OrderKind kind, String outcome, String feasibility) {
        return ticket.orderCompleted(orderId, kind, null, outcome, feasibility, null, "x", NOW);
    }

    @Test
    void shouldEraseThePersonOnceAndThenRefuseUsersChanges() {
        Ticket ticket = aTicket(OrderKind.FEASIBILITY);
        ticket.comment("Llamar a Juana", "ana", "Ana", NOW);
        Instant later = NOW.plusSeconds(60);

        assertThat(ticket.erasePersonalData("lead-service", later)).isTrue();
        assertThat(ticket.erasePersonalData("lead-service", later.plusSeconds(60)))
                .isFalse();

        assertThat(ticket.getContact().name()).isEqualTo("erased");
        assertThat(ticket.getContact().leadId()).isEqualTo(ticket.getLeadId().toString());
        assertThat(ticket.getLocation().address()).isNull();
        assertThat(ticket.getLocation().country()).isEqualTo("AR");
        assertThat(ticket.getLocation().zone()).isEqualTo("NORTE");
        assertThat(ticket.getComments()).extracting(TicketComment::getText).containsOnly("erased");
        assertThat(ticket.getErasedAt()).isEqualTo(later);
        assertThat(ticket.getUpdatedBy()).isEqualTo("lead-service");
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.FEASIBILITY_REQUESTED);
        assertThatThrownBy(() -> ticket.comment("otra vez Juana", "ana", "Ana", later))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("erased");
        assertThatThrownBy(() -> ticket.markLost("Juana no quiere", "ana", later))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ticket.reassign("luis", List.of("Juana"), "ana", later))
                .isInstanceOf(ConflictException.class);

        // the order's progress still arrives, without its free text
        String requestId = ticket.getOrders().get(0).getRequestId();
        ticket.orderCreated(requestId, "o-1", "O-000001", OrderKind.FEASIBILITY, "order-service", later);
        ticket.orderCompleted(
                "o-1", OrderKind.FEASIBILITY, null, "FAILED", null, "Juana no estaba", "order-service", later);
        assertThat(ticket.getOrders().get(0).getStatus()).isEqualTo(OrderStatus.FAILED);
        assertThat(ticket.getOrders().get(0).getFailureReason()).isNull();
    }

    private static Ticket aTicket(OrderKind orderKind) {
        UUID leadId = UUID.randomUUID();
        return Ticket.open(
                "T-000001",
                new NewTicket(
                        leadId,
                        UUID.randomUUID(),
                        "NORTE",
                        "ana",
                        List.of(),
                        new Contact(leadId.toString(), "INDIVIDUAL", "Juana", null, null, null, null, null, null),
                        new Offer("FIBRA-300", List.of(), List.of()),
                        new Location("Calle 1", null, null, null, "AR", null, null, "NORTE"),
                        orderKind,
                        null),
                "ana",
                "Ana",
                NOW);
    }
}
