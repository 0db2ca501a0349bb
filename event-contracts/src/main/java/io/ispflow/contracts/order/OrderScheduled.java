package io.ispflow.contracts.order;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import io.ispflow.contracts.ticket.OrderKind;
import java.time.OffsetDateTime;

/** A planner put the order on a technician's calendar. */
@EventType(value = OrderScheduled.TYPE, topic = Topics.ORDER)
public record OrderScheduled(
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

    public static final String TYPE = "order.scheduled.v1";

    @Override
    public String aggregateId() {
        return orderId;
    }
}
