package io.ispflow.order.order;

import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Equipment;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import io.ispflow.contracts.ticket.OrderKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An order as the API shows it. {@code contractGenerated: false} on an installation order is the
 * "contract not generated" back office looks for.
 */
public record OrderView(
        @Schema(description = "The order's id", example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c") UUID id,
        @Schema(description = "The order's number, as people quote it", example = "O-000123") String number,
        @Schema(description = "What the visit is for", example = "INSTALLATION") OrderKind kind,
        @Schema(description = "Where the order stands", example = "COMPLETED") OrderStatus status,
        @Schema(
                        description = "The sales-desk ticket that asked for the order",
                        example = "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b")
                String ticketId,
        @Schema(description = "The ticket's number", example = "T-000045") String ticketNumber,
        @Schema(
                        description = "The ticket's order request this order serves (one order per request)",
                        example = "6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b")
                String requestId,
        @Schema(description = "The lead the ticket is for", example = "c9bf9e57-1685-4c89-bafb-ff5af830be8a")
                String leadId,
        @Schema(
                        description = "The lead's prospect (the place to serve)",
                        example = "e4eaaaf2-d142-4f6f-8d4c-8d8a7b6c5e4f")
                String prospectId,
        @Schema(description = "The zone (code) of the place to visit; decides who sees the order", example = "NORTE")
                String zone,
        @Schema(description = "The customer's contact data, as the ticket had it") Contact contact,
        @Schema(description = "The offer sold (plan and extras), as the ticket had it") Offer offer,
        @Schema(description = "The place to visit") Location location,
        @Schema(description = "Notes for the technician", example = "Ring twice; a dog in the yard") String notes,
        @Schema(description = "When the order was made", example = "2026-11-20T14:30:00Z") OffsetDateTime createdAt,
        @Schema(description = "The visit on the calendar; null while the order is UNSCHEDULED") ScheduleView schedule,
        @Schema(
                        description = "Whether the contract of the order exists (false on an installation order:"
                                + " back office's \"contract not generated\")",
                        example = "true")
                boolean contractGenerated,
        @Schema(
                        description = "The contract made for the order, once there is one",
                        example = "a3bb189e-8bf9-4888-9912-ace4e6543002")
                String contractId,
        @Schema(description = "The contract's number", example = "CT-000042") String contractNumber,
        @Schema(description = "When the technician started the visit", example = "2026-12-03T09:05:00Z")
                OffsetDateTime startedAt,
        @Schema(description = "Who started the visit (login)", example = "tito") String startedBy,
        @Schema(description = "How the visit ended; null until it is completed") CompletionView completion,
        @Schema(description = "Why and by whom the order was cancelled; null unless CANCELLED")
                CancellationView cancellation,
        @Schema(description = "The order's version: its ETag, the If-Match of its changes", example = "3")
                long version) {

    /** The visit on the calendar; {@code override} names the planning rules the planner overrode. */
    public record ScheduleView(
            @Schema(description = "The technician booked", example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
                    UUID technicianId,
            @Schema(description = "The technician's name", example = "Juan Pérez") String technicianName,
            @Schema(description = "When the visit starts", example = "2026-12-03T09:00:00Z") OffsetDateTime start,
            @Schema(description = "When the visit ends", example = "2026-12-03T10:30:00Z") OffsetDateTime end,
            @Schema(description = "How long the visit takes", example = "90") long durationMinutes,
            @Schema(description = "The planner who scheduled it (login)", example = "pablo") String scheduledBy,
            @Schema(description = "When it was scheduled", example = "2026-11-21T10:00:00Z") OffsetDateTime scheduledAt,
            @Schema(description = "The planning rules overridden for this visit; null when none")
                    OverrideView override) {}

    /** The planning rules a planner chose to override, by whom and when. */
    public record OverrideView(
            @Schema(
                            description = "The rules overridden: technician-zone, outside-working-hours",
                            example = "[\"technician-zone\"]")
                    List<String> rules,
            @Schema(description = "The planner who overrode them (login)", example = "pablo") String by,
            @Schema(description = "When", example = "2026-11-21T10:00:00Z") OffsetDateTime at) {}

    /** How the technician closed the visit. */
    public record CompletionView(
            @Schema(description = "How the visit went", example = "SUCCESS") Outcome outcome,
            @Schema(description = "Why the visit failed (e.g. nobody at home); only when FAILED") String failureReason,
            @Schema(description = "Only for a successful feasibility visit: can the service be installed there?")
                    Feasibility feasibility,
            @Schema(description = "What was installed at the customer's place") List<Equipment> equipment,
            @Schema(description = "The technician's notes", example = "ONT installed on the living-room wall")
                    String notes,
            @Schema(description = "When the visit was closed", example = "2026-12-03T10:20:00Z")
                    OffsetDateTime completedAt,
            @Schema(description = "Who closed it (login)", example = "tito") String completedBy) {}

    /** Why, by whom and when the order was cancelled. */
    public record CancellationView(
            @Schema(description = "Why the order was cancelled", example = "The customer moved to another address")
                    String reason,
            @Schema(description = "Who cancelled it (login)", example = "ana") String by,
            @Schema(description = "When", example = "2026-11-22T16:00:00Z") OffsetDateTime at) {}

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
