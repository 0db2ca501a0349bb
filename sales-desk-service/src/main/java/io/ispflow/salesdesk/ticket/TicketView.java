package io.ispflow.salesdesk.ticket;

import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import io.ispflow.contracts.ticket.OrderKind;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** A ticket as the API shows it; {@code version} is its ETag. */
public record TicketView(
        UUID id,
        String number,
        UUID leadId,
        UUID prospectId,
        String zone,
        TicketStatus status,
        String assignee,
        List<String> tags,
        Contact contact,
        Offer offer,
        Location location,
        List<OrderView> orders,
        List<CommentView> comments,
        String lostReason,
        String cancelReason,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        String updatedBy,
        long version) {

    /**
     * An order the ticket asked for; {@code orderId} and {@code orderNumber} are null until the order
     * service has made it.
     */
    public record OrderView(
            String requestId,
            OrderKind kind,
            String notes,
            String orderId,
            String orderNumber,
            OrderStatus status,
            String outcome,
            String feasibility,
            String failureReason,
            String cancelReason,
            String technicianName,
            OffsetDateTime scheduledStart,
            OffsetDateTime scheduledEnd,
            OffsetDateTime requestedAt,
            OffsetDateTime updatedAt) {

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

    public record CommentView(UUID id, String text, String author, String authorName, OffsetDateTime createdAt) {

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
                ticket.getVersion());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
