package io.ispflow.contracts.order;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import io.ispflow.contracts.ticket.OrderKind;
import java.time.OffsetDateTime;

/** The technician started the visit (the order is IN_PROGRESS). */
@EventType(value = OrderStarted.TYPE, topic = Topics.ORDER)
public record OrderStarted(
        String orderId,
        String number,
        OrderKind kind,
        String ticketId,
        String zone,
        String technicianId,
        OffsetDateTime at)
        implements IntegrationEvent {

    public static final String TYPE = "order.started.v1";

    @Override
    public String aggregateId() {
        return orderId;
    }
}
