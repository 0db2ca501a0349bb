package io.ispflow.salesdesk.ticket;

import io.ispflow.contracts.ticket.OrderRequest;
import io.ispflow.contracts.ticket.TicketCancelled;
import io.ispflow.contracts.ticket.TicketLost;
import io.ispflow.contracts.ticket.TicketOpened;
import io.ispflow.contracts.ticket.TicketOrderRequested;
import io.ispflow.contracts.ticket.TicketStatusChanged;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The published form of the ticket's changes (ticket.events), with the snapshot the order service needs. */
final class TicketEvents {

    private TicketEvents() {}

    static TicketOpened opened(Ticket ticket) {
        TicketOrder first =
                ticket.getOrders().isEmpty() ? null : ticket.getOrders().get(0);
        return new TicketOpened(
                ticket.getId().toString(),
                ticket.getNumber(),
                ticket.getLeadId().toString(),
                ticket.getProspectId().toString(),
                ticket.getZone(),
                ticket.getAssignee(),
                ticket.getContact(),
                ticket.getOffer(),
                ticket.getLocation(),
                first == null ? null : request(first),
                ticket.getCreatedBy(),
                utc(ticket.getCreatedAt()));
    }

    static TicketOrderRequested orderRequested(Ticket ticket, TicketOrder order, String by) {
        return new TicketOrderRequested(
                ticket.getId().toString(),
                ticket.getNumber(),
                ticket.getLeadId().toString(),
                ticket.getProspectId().toString(),
                ticket.getZone(),
                ticket.getContact(),
                ticket.getOffer(),
                ticket.getLocation(),
                request(order),
                by,
                utc(order.getRequestedAt()));
    }

    /**
     * @param cause the id of the event that moved the ticket, or the correlation id of the user's request
     */
    static TicketStatusChanged statusChanged(Ticket ticket, StatusChange change, String cause) {
        String reason =
                switch (change.to()) {
                    case LOST -> ticket.getLostReason();
                    case CANCELLED -> ticket.getCancelReason();
                    default -> null;
                };
        return new TicketStatusChanged(
                ticket.getId().toString(),
                ticket.getNumber(),
                ticket.getLeadId().toString(),
                ticket.getZone(),
                change.from().name(),
                change.to().name(),
                reason,
                cause,
                utc(ticket.getUpdatedAt()));
    }

    static TicketLost lost(Ticket ticket) {
        return new TicketLost(
                ticket.getId().toString(),
                ticket.getNumber(),
                ticket.getLeadId().toString(),
                ticket.getZone(),
                ticket.getLostReason(),
                ticket.getUpdatedBy(),
                utc(ticket.getUpdatedAt()));
    }

    static TicketCancelled cancelled(Ticket ticket) {
        return new TicketCancelled(
                ticket.getId().toString(),
                ticket.getNumber(),
                ticket.getLeadId().toString(),
                ticket.getZone(),
                ticket.getCancelReason(),
                ticket.getUpdatedBy(),
                utc(ticket.getUpdatedAt()));
    }

    private static OrderRequest request(TicketOrder order) {
        return new OrderRequest(order.getRequestId(), order.getKind(), order.getNotes());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
