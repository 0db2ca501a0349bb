package io.ispflow.order.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import io.ispflow.contracts.ticket.OrderKind;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.problem.ConflictException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T09:00:00-03:00");
    private static final UUID TECHNICIAN = UUID.randomUUID();

    @Test
    void shouldStartUnscheduledWithoutContract() {
        Order order = anOrder(OrderKind.INSTALLATION);

        assertThat(order.getStatus()).isEqualTo(OrderStatus.UNSCHEDULED);
        assertThat(order.isContractGenerated()).isFalse();
        assertThat(order.getContact().name()).isEqualTo("Juana");
    }

    @Test
    void shouldGoThroughItsLifeFromUnscheduledToCompleted() {
        Order order = anOrder(OrderKind.INSTALLATION);

        boolean rescheduled = order.schedule(TECHNICIAN, "Tito", NOW, NOW.plusHours(1), List.of(), "pablo", NOW);
        assertThat(rescheduled).isFalse();
        assertThat(order.schedule(TECHNICIAN, "Tito", NOW.plusHours(2), NOW.plusHours(3), List.of(), "pablo", NOW))
                .isTrue();
        order.start("tito", NOW);
        order.complete(new Completion(Outcome.SUCCESS, null, null, List.of(), "ok"), "tito", NOW);

        assertThat(order.getStatus()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.getStartedAt()).isEqualTo(NOW);
        assertThat(order.scheduledDuration().toMinutes()).isEqualTo(60);
    }

    @Test
    void shouldRecordTheRulesAPlannerOverrode() {
        Order order = anOrder(OrderKind.INSTALLATION);

        order.schedule(TECHNICIAN, "Tito", NOW, NOW.plusHours(1), List.of("technician-zone"), "pablo", NOW);

        assertThat(order.overriddenRules()).containsExactly("technician-zone");
        assertThat(order.getOverrideBy()).isEqualTo("pablo");
        order.schedule(TECHNICIAN, "Tito", NOW, NOW.plusHours(1), List.of(), "pablo", NOW);
        assertThat(order.overriddenRules()).isEmpty();
    }

    @Test
    void shouldRefuseIllegalMoves() {
        Order unscheduled = anOrder(OrderKind.INSTALLATION);
        assertThatThrownBy(() -> unscheduled.start("tito", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(unscheduled::unschedule).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> unscheduled.complete(success(), "tito", NOW)).isInstanceOf(ConflictException.class);

        Order cancelled = anOrder(OrderKind.INSTALLATION);
        cancelled.cancel("duplicated", "ana", NOW);
        assertThatThrownBy(() -> cancelled.cancel("again", "ana", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cancelled.schedule(TECHNICIAN, "Tito", NOW, NOW.plusHours(1), List.of(), "p", NOW))
                .isInstanceOf(ConflictException.class);

        Order completed = scheduled(OrderKind.INSTALLATION);
        completed.complete(success(), "tito", NOW);
        assertThatThrownBy(() -> completed.cancel("late", "ana", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> completed.complete(success(), "tito", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void shouldStartAScheduledOrderWhenItIsCompleted() {
        Order order = scheduled(OrderKind.INSTALLATION);

        assertThat(order.complete(success(), "tito", NOW)).isTrue();
        assertThat(order.getStartedBy()).isEqualTo("tito");
    }

    @Test
    void shouldRequireAReasonForAFailedVisit() {
        Order order = scheduled(OrderKind.INSTALLATION);

        assertThatThrownBy(() -> order.complete(new Completion(Outcome.FAILED, " ", null, null, null), "t", NOW))
                .isInstanceOf(BadRequestException.class);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.SCHEDULED);
    }

    @Test
    void shouldTakeTheFeasibilityResultOnlyFromASuccessfulFeasibilityVisit() {
        assertThatThrownBy(() -> scheduled(OrderKind.FEASIBILITY).complete(success(), "t", NOW))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> scheduled(OrderKind.INSTALLATION)
                        .complete(new Completion(Outcome.SUCCESS, null, Feasibility.FEASIBLE, null, null), "t", NOW))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> scheduled(OrderKind.FEASIBILITY)
                        .complete(new Completion(Outcome.FAILED, "rain", Feasibility.FEASIBLE, null, null), "t", NOW))
                .isInstanceOf(BadRequestException.class);

        Order survey = scheduled(OrderKind.FEASIBILITY);
        survey.complete(new Completion(Outcome.SUCCESS, null, Feasibility.NOT_FEASIBLE, null, null), "t", NOW);
        assertThat(survey.getFeasibility()).isEqualTo(Feasibility.NOT_FEASIBLE);
    }

    private static Completion success() {
        return new Completion(Outcome.SUCCESS, null, null, List.of(), null);
    }

    private static Order scheduled(OrderKind kind) {
        Order order = anOrder(kind);
        order.schedule(TECHNICIAN, "Tito", NOW, NOW.plusHours(1), List.of(), "pablo", NOW);
        return order;
    }

    private static Order anOrder(OrderKind kind) {
        String leadId = UUID.randomUUID().toString();
        return Order.create(
                UUID.randomUUID(),
                "O-000001",
                new NewOrder(
                        UUID.randomUUID().toString(),
                        kind,
                        UUID.randomUUID().toString(),
                        "T-000001",
                        leadId,
                        UUID.randomUUID().toString(),
                        "NORTE",
                        new Contact(leadId, "INDIVIDUAL", "Juana", null, null, null, null, null, null),
                        new Offer("FIBRA-300", null, null),
                        new Location("Calle 1", "Rosario", null, null, "AR", null, null, "NORTE"),
                        null),
                NOW);
    }
}
