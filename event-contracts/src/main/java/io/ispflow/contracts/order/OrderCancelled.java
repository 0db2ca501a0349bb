package io.ispflow.contracts.order;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import io.ispflow.contracts.ticket.OrderKind;
import java.time.OffsetDateTime;

/** The order was cancelled before completion; terminal. */
@EventType(value = OrderCancelled.TYPE, topic = Topics.ORDER)
public record OrderCancelled(
        String orderId,
        String number,
        OrderKind kind,
        String ticketId,
        String zone,
        String reason,
        String by,
        OffsetDateTime at)
        implements IntegrationEvent {

    public static final String TYPE = "order.cancelled.v1";

    @Override
    public String aggregateId() {
        return orderId;
    }
}
