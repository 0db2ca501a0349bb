package io.ispflow.order.planning;

import io.ispflow.contracts.ticket.OrderKind;
import io.ispflow.order.order.Order;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A card of the unscheduled column; {@code version} is the If-Match the planner schedules it with. */
public record UnscheduledOrder(
        UUID id,
        String number,
        OrderKind kind,
        String zone,
        String ticketId,
        String ticketNumber,
        String customerName,
        String address,
        String city,
        String plan,
        String notes,
        OffsetDateTime createdAt,
        long ageHours,
        boolean contractGenerated,
        long version) {

    static UnscheduledOrder of(Order order, OffsetDateTime now) {
        return new UnscheduledOrder(
                order.getId(),
                order.getNumber(),
                order.getKind(),
                order.getZone(),
                order.getTicketId(),
                order.getTicketNumber(),
                order.getContact() == null ? null : order.getContact().name(),
                order.getLocation() == null ? null : order.getLocation().address(),
                order.getLocation() == null ? null : order.getLocation().city(),
                order.getOffer() == null ? null : order.getOffer().plan(),
                order.getNotes(),
                order.getCreatedAt(),
                Math.max(0, Duration.between(order.getCreatedAt(), now).toHours()),
                order.isContractGenerated(),
                order.getVersion());
    }
}
