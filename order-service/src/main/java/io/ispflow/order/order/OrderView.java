package io.ispflow.order.order;

import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Equipment;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import io.ispflow.contracts.ticket.OrderKind;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An order as the API shows it. {@code contractGenerated: false} on an installation order is the
 * "contract not generated" back office looks for.
 */
public record OrderView(
        UUID id,
        String number,
        OrderKind kind,
        OrderStatus status,
        String ticketId,
        String ticketNumber,
        String requestId,
        String leadId,
        String prospectId,
        String zone,
        Contact contact,
        Offer offer,
        Location location,
        String notes,
        OffsetDateTime createdAt,
        ScheduleView schedule,
        boolean contractGenerated,
        String contractId,
        String contractNumber,
        OffsetDateTime startedAt,
        String startedBy,
        CompletionView completion,
        CancellationView cancellation,
        long version) {

    /** The visit on the calendar; {@code override} names the planning rules the planner overrode. */
    public record ScheduleView(
            UUID technicianId,
            String technicianName,
            OffsetDateTime start,
            OffsetDateTime end,
            long durationMinutes,
            String scheduledBy,
            OffsetDateTime scheduledAt,
            OverrideView override) {}

    public record OverrideView(List<String> rules, String by, OffsetDateTime at) {}

    public record CompletionView(
            Outcome outcome,
            String failureReason,
            Feasibility feasibility,
            List<Equipment> equipment,
            String notes,
            OffsetDateTime completedAt,
            String completedBy) {}

    public record CancellationView(String reason, String by, OffsetDateTime at) {}

    public static OrderView of(Order order) {
        ScheduleView schedule = order.getTechnicianId() == null
                ? null
                : new ScheduleView(
                        order.getTechnicianId(),
                        order.getTechnicianName(),
                        order.getScheduledStart(),
                        order.getScheduledEnd(),
                        order.scheduledDuration().toMinutes(),
                        order.getScheduledBy(),
                        order.getScheduledAt(),
                        order.overriddenRules().isEmpty()
                                ? null
                                : new OverrideView(
                                        order.overriddenRules(), order.getOverrideBy(), order.getOverrideAt()));
        CompletionView completion = order.getOutcome() == null
                ? null
                : new CompletionView(
                        order.getOutcome(),
                        order.getFailureReason(),
                        order.getFeasibility(),
                        order.getEquipment().stream()
                                .map(InstalledEquipment::toEquipment)
                                .toList(),
                        order.getCompletionNotes(),
                        order.getCompletedAt(),
                        order.getCompletedBy());
        CancellationView cancellation = order.getCancelledAt() == null
                ? null
                : new CancellationView(order.getCancellationReason(), order.getCancelledBy(), order.getCancelledAt());
        return new OrderView(
                order.getId(),
                order.getNumber(),
                order.getKind(),
                order.getStatus(),
                order.getTicketId(),
                order.getTicketNumber(),
                order.getRequestId(),
                order.getLeadId(),
                order.getProspectId(),
                order.getZone(),
                order.getContact() == null ? null : order.getContact().toContact(),
                order.getOffer() == null ? null : order.getOffer().toOffer(),
                order.getLocation() == null ? null : order.getLocation().toLocation(),
                order.getNotes(),
                order.getCreatedAt(),
                schedule,
                order.isContractGenerated(),
                order.getContractId(),
                order.getContractNumber(),
                order.getStartedAt(),
                order.getStartedBy(),
                completion,
                cancellation,
                order.getVersion());
    }
}
