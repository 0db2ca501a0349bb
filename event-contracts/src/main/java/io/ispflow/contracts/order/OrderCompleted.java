package io.ispflow.contracts.order;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Personal;
import io.ispflow.contracts.Topics;
import io.ispflow.contracts.shared.Equipment;
import io.ispflow.contracts.ticket.OrderKind;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The technician closed the order in the field.
 *
 * @param outcome {@code SUCCESS} or {@code FAILED}
 * @param failureReason why it failed; null on success
 * @param feasibility for a feasibility order, {@code FEASIBLE} or {@code NOT_FEASIBLE}; null otherwise
 * @param equipment what was installed (type, model, serial, MAC)
 */
@EventType(value = OrderCompleted.TYPE, topic = Topics.ORDER)
public record OrderCompleted(
        String orderId,
        String number,
        OrderKind kind,
        String ticketId,
        String leadId,
        String zone,
        String outcome,
        String failureReason,
        String feasibility,
        List<Equipment> equipment,
        @Personal String notes,
        String technicianId,
        OffsetDateTime completedAt)
        implements IntegrationEvent {

    public static final String TYPE = "order.completed.v1";

    @Override
    public String aggregateId() {
        return orderId;
    }
}
