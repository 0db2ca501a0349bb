package io.ispflow.salesdesk.ticket;

import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import io.ispflow.contracts.ticket.OrderKind;
import io.ispflow.salesdesk.examples.ContractExamples;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * A ticket as the API shows it; {@code version} is its ETag. The examples are one ticket whose feasibility
 * study came out feasible.
 */
public record TicketView(
        @Schema(description = "The ticket's id", example = ContractExamples.TICKET_ID) UUID id,
        @Schema(description = "The ticket's number, for people", example = "T-000042") String number,
        @Schema(description = "The lead it was opened for", example = ContractExamples.LEAD_ID) UUID leadId,
        @Schema(description = "The lead's prospect it offers", example = ContractExamples.PROSPECT_ID) UUID prospectId,
        @Schema(description = "The zone's code: who sees the ticket", example = "NORTE") String zone,
        @Schema(description = "Where the ticket is in the pipeline: its board column", example = "FEASIBLE")
                TicketStatus status,
        @Schema(description = "Who works the ticket (a user's subject); null when unassigned", example = "ana")
                String assignee,
        @ArraySchema(
                        arraySchema = @Schema(description = "The ticket's tags, sorted"),
                        schema = @Schema(example = "fibra"))
                List<String> tags,
        @Schema(description = "The lead's contact data when the ticket was opened", example = ContractExamples.CONTACT)
                Contact contact,
        @Schema(description = "What is offered, by catalog code", example = ContractExamples.OFFER) Offer offer,
        @Schema(description = "Where the service would be installed", example = ContractExamples.LOCATION)
                Location location,
        @Schema(description = "The orders the ticket asked for, oldest first") List<OrderView> orders,
        @Schema(description = "The comments, oldest first") List<CommentView> comments,
        @Schema(description = "Why the ticket was lost; only when LOST") String lostReason,
        @Schema(description = "Why the ticket was cancelled; only when CANCELLED") String cancelReason,
        @Schema(description = "When it was opened", example = "2026-12-03T09:00:00Z") OffsetDateTime createdAt,
        @Schema(description = "Who opened it (a user's subject)", example = "ana") String createdBy,
        @Schema(description = "When it last changed", example = "2026-12-05T14:10:00Z") OffsetDateTime updatedAt,
        @Schema(
                        description = "Who or what changed it last (a user's subject, or the service for events)",
                        example = "ana")
                String updatedBy,
        @Schema(
                        description = "When the lead's personal data was erased from the ticket (right to erasure):"
                                + " its contact is then \"erased\", its place keeps city, province, country and zone,"
                                + " its texts are gone, and it can no longer change; null unless it was")
                OffsetDateTime erasedAt,
        @Schema(description = "The version, also the ETag (quoted)", example = "4") long version) {

    /**
     * An order the ticket asked for; {@code orderId} and {@code orderNumber} are null until the order
     * service has made it.
     */
    public record OrderView(
            @Schema(
                            description = "The request's id, the order service's idempotency key for it",
                            example = "5f0c6b9e-2d4a-4f3e-8b1c-7a9d0e2f4c6b")
                    String requestId,
            @Schema(description = "The kind of order", example = "FEASIBILITY") OrderKind kind,
            @Schema(description = "Notes for the technicians", example = "Prefiere visita por la mañana") String notes,
            @Schema(
                            description = "The order's id in the order service; null until it has made the order",
                            example = "c2d4e6f8-1a3b-4c5d-8e7f-9a0b1c2d3e4f")
                    String orderId,
            @Schema(description = "The order's number; null until the order is made", example = "O-000123")
                    String orderNumber,
            @Schema(
                            description = "REQUESTED until the order service confirms it, then the order's progress",
                            example = "COMPLETED")
                    OrderStatus status,
            @Schema(description = "How the visit went, once done: SUCCESS or FAILED", example = "SUCCESS")
                    String outcome,
            @Schema(description = "A feasibility study's result: FEASIBLE or NOT_FEASIBLE", example = "FEASIBLE")
                    String feasibility,
            @Schema(description = "Why the visit failed; only when FAILED") String failureReason,
            @Schema(description = "Why the order was cancelled; only when CANCELLED") String cancelReason,
            @Schema(description = "The technician of the visit, once scheduled", example = "Carlos Gómez")
                    String technicianName,
            @Schema(description = "The visit's start, once scheduled", example = "2026-12-05T12:00:00Z")
                    OffsetDateTime scheduledStart,
            @Schema(description = "The visit's end, once scheduled", example = "2026-12-05T14:00:00Z")
                    OffsetDateTime scheduledEnd,
            @Schema(description = "When the ticket asked for it", example = "2026-12-03T09:00:00Z")
                    OffsetDateTime requestedAt,
            @Schema(description = "When it last changed", example = "2026-12-05T14:10:00Z") OffsetDateTime updatedAt) {

        static OrderView of(TicketOrder order) {
            return new OrderView(
                    order.getRequestId(),
                    order.getKind(),
                    order.getNotes(),
                    order.getOrderId(),
                    order.getOrderNumber(),
                    order.getStatus(),
                    order.getOutcome(),
                    order.getFeasibility(),
                    order.getFailureReason(),
                    order.getCancelReason(),
                    order.getTechnicianName(),
                    utc(order.getScheduledStart()),
                    utc(order.getScheduledEnd()),
                    utc(order.getRequestedAt()),
                    utc(order.getUpdatedAt()));
        }
    }

    public record CommentView(
            @Schema(description = "The comment's id", example = "e4a1c3b2-5d6f-4a7b-8c9d-0e1f2a3b4c5d") UUID id,
            @Schema(description = "The comment", example = "Prefiere visita por la mañana") String text,
            @Schema(description = "Its author (a user's subject)", example = "ana") String author,
            @Schema(description = "Its author's name", example = "Ana Pérez") String authorName,
            @Schema(description = "When it was written", example = "2026-12-03T09:00:00Z") OffsetDateTime createdAt) {

        static CommentView of(TicketComment comment) {
            return new CommentView(
                    comment.getId(),
                    comment.getText(),
                    comment.getAuthor(),
                    comment.getAuthorName(),
                    utc(comment.getCreatedAt()));
        }
    }

    /** Reads the ticket's collections: call it inside the transaction that loaded the ticket. */
    public static TicketView of(Ticket ticket) {
        return new TicketView(
                ticket.getId(),
                ticket.getNumber(),
                ticket.getLeadId(),
                ticket.getProspectId(),
                ticket.getZone(),
                ticket.getStatus(),
                ticket.getAssignee(),
                ticket.getTags(),
                ticket.getContact(),
                ticket.getOffer(),
                ticket.getLocation(),
                ticket.getOrders().stream().map(OrderView::of).toList(),
                ticket.getComments().stream().map(CommentView::of).toList(),
                ticket.getLostReason(),
                ticket.getCancelReason(),
                utc(ticket.getCreatedAt()),
                ticket.getCreatedBy(),
                utc(ticket.getUpdatedAt()),
                ticket.getUpdatedBy(),
                utc(ticket.getErasedAt()),
                ticket.getVersion());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
