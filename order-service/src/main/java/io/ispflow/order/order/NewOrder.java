package io.ispflow.order.order;

import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import io.ispflow.contracts.ticket.OrderKind;

/**
 * A ticket's request for a field order, with the snapshot it carried (from {@code TicketOpened} or
 * {@code TicketOrderRequested}).
 */
public record NewOrder(
        String requestId,
        OrderKind kind,
        String ticketId,
        String ticketNumber,
        String leadId,
        String prospectId,
        String zone,
        Contact contact,
        Offer offer,
        Location location,
        String notes) {}
