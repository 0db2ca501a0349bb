package io.ispflow.contracts.order;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import io.ispflow.contracts.ticket.OrderKind;
import java.time.OffsetDateTime;

/** The visit moved to another time or technician. */
@EventType(value = OrderRescheduled.TYPE, topic = Topics.ORDER)
public record OrderRescheduled(
        String orderId,
        String number,
        OrderKind kind,
        String ticketId,
        String zone,
        String technicianId,
        String technicianName,
        OffsetDateTime start,
        OffsetDateTime end,
        String by,
        OffsetDateTime at)
        implements IntegrationEvent {

    public static final String TYPE = "order.rescheduled.v1";

    @Override
    public String aggregateId() {
        return orderId;
    }
}
