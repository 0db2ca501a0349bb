package io.ispflow.contracts.ticket;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import java.time.OffsetDateTime;

/**
 * An existing ticket asked for another order (for example the installation after a feasible
 * result), with the same snapshot as {@link TicketOpened}.
 */
@EventType(value = TicketOrderRequested.TYPE, topic = Topics.TICKET)
public record TicketOrderRequested(
        String ticketId,
        String number,
        String leadId,
        String prospectId,
        String zone,
        Contact contact,
        Offer offer,
        Location location,
        OrderRequest orderRequest,
        String requestedBy,
        OffsetDateTime requestedAt)
        implements IntegrationEvent {

    public static final String TYPE = "ticket.order-requested.v1";

    @Override
    public String aggregateId() {
        return ticketId;
    }
}
