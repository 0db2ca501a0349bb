package io.ispflow.contracts.order;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Personal;
import io.ispflow.contracts.Topics;
import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import io.ispflow.contracts.ticket.OrderKind;
import java.time.OffsetDateTime;

/**
 * A field order was created from a ticket's request (exactly one per {@code requestId}), with the
 * customer, offer and location snapshot. An installation order starts as "contract not generated".
 *
 * @param number the human order number, {@code O-000123}
 */
@EventType(value = OrderCreated.TYPE, topic = Topics.ORDER)
public record OrderCreated(
        String orderId,
        String number,
        OrderKind kind,
        String ticketId,
        String requestId,
        String leadId,
        String prospectId,
        String zone,
        Contact contact,
        Offer offer,
        Location location,
        @Personal String notes,
        OffsetDateTime createdAt)
        implements IntegrationEvent {

    public static final String TYPE = "order.created.v1";

    @Override
    public String aggregateId() {
        return orderId;
    }
}
