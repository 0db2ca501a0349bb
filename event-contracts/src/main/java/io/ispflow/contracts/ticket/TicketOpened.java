package io.ispflow.contracts.ticket;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import java.time.OffsetDateTime;

/**
 * The sales-desk wizard opened a ticket for a lead and prospect, with the snapshot the order service
 * needs. When the wizard asked for an order, {@code orderRequest} names it; the order service creates
 * exactly one order per {@code orderRequest.requestId}.
 *
 * @param number the human ticket number, {@code T-000123}
 * @param orderRequest the order asked for, or null for a ticket alone
 */
@EventType(value = TicketOpened.TYPE, topic = Topics.TICKET)
public record TicketOpened(
        String ticketId,
        String number,
        String leadId,
        String prospectId,
        String zone,
        String assignee,
        Contact contact,
        Offer offer,
        Location location,
        OrderRequest orderRequest,
        String openedBy,
        OffsetDateTime openedAt)
        implements IntegrationEvent {

    public static final String TYPE = "ticket.opened.v1";

    @Override
    public String aggregateId() {
        return ticketId;
    }
}
