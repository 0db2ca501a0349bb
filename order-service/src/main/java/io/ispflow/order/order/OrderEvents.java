package io.ispflow.order.order;

import io.ispflow.contracts.order.OrderCancelled;
import io.ispflow.contracts.order.OrderCompleted;
import io.ispflow.contracts.order.OrderCreated;
import io.ispflow.contracts.order.OrderRescheduled;
import io.ispflow.contracts.order.OrderScheduled;
import io.ispflow.contracts.order.OrderStarted;
import io.ispflow.contracts.order.OrderUnscheduled;
import java.time.OffsetDateTime;

/** The published events of an order, built from its current state (event-carried state transfer). */
public final class OrderEvents {

    private OrderEvents() {}

    public static OrderCreated created(Order order) {
        return new OrderCreated(
                id(order),
                order.getNumber(),
                order.getKind(),
                order.getTicketId(),
                order.getRequestId(),
                order.getLeadId(),
                order.getProspectId(),
                order.getZone(),
                order.getContact() == null ? null : order.getContact().toContact(),
                order.getOffer() == null ? null : order.getOffer().toOffer(),
                order.getLocation() == null ? null : order.getLocation().toLocation(),
                order.getNotes(),
                order.getCreatedAt());
    }

    public static OrderScheduled scheduled(Order order) {
        return new OrderScheduled(
                id(order),
                order.getNumber(),
                order.getKind(),
                order.getTicketId(),
                order.getZone(),
                order.getTechnicianId().toString(),
                order.getTechnicianName(),
                order.getScheduledStart(),
                order.getScheduledEnd(),
                order.getScheduledBy(),
                order.getScheduledAt());
    }

    public static OrderRescheduled rescheduled(Order order) {
        return new OrderRescheduled(
                id(order),
                order.getNumber(),
                order.getKind(),
                order.getTicketId(),
                order.getZone(),
                order.getTechnicianId().toString(),
                order.getTechnicianName(),
                order.getScheduledStart(),
                order.getScheduledEnd(),
                order.getScheduledBy(),
                order.getScheduledAt());
    }

    public static OrderUnscheduled unscheduled(Order order, String by, OffsetDateTime at) {
        return new OrderUnscheduled(
                id(order), order.getNumber(), order.getKind(), order.getTicketId(), order.getZone(), by, at);
    }

    public static OrderStarted started(Order order) {
        return new OrderStarted(
                id(order),
                order.getNumber(),
                order.getKind(),
                order.getTicketId(),
                order.getZone(),
                order.getTechnicianId().toString(),
                order.getStartedAt());
    }

    public static OrderCompleted completed(Order order) {
        return new OrderCompleted(
                id(order),
                order.getNumber(),
                order.getKind(),
                order.getTicketId(),
                order.getLeadId(),
                order.getZone(),
                order.getOutcome().name(),
                order.getFailureReason(),
                order.getFeasibility() == null ? null : order.getFeasibility().name(),
                order.getEquipment().stream()
                        .map(InstalledEquipment::toEquipment)
                        .toList(),
                order.getCompletionNotes(),
                order.getTechnicianId() == null ? null : order.getTechnicianId().toString(),
                order.getCompletedAt());
    }

    public static OrderCancelled cancelled(Order order) {
        return new OrderCancelled(
                id(order),
                order.getNumber(),
                order.getKind(),
                order.getTicketId(),
                order.getZone(),
                order.getCancellationReason(),
                order.getCancelledBy(),
                order.getCancelledAt());
    }

    private static String id(Order order) {
        return order.getId().toString();
    }
}
