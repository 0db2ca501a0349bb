package io.ispflow.contracts.order;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import io.ispflow.contracts.ticket.OrderKind;
import java.time.OffsetDateTime;

/** The visit was taken off the calendar; the order is back in the unscheduled column. */
@EventType(value = OrderUnscheduled.TYPE, topic = Topics.ORDER)
public record OrderUnscheduled(
        String orderId, String number, OrderKind kind, String ticketId, String zone, String by, OffsetDateTime at)
        implements IntegrationEvent {

    public static final String TYPE = "order.unscheduled.v1";

    @Override
    public String aggregateId() {
        return orderId;
    }
}
