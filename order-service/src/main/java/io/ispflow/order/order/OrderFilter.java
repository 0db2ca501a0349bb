package io.ispflow.order.order;

import io.ispflow.contracts.ticket.OrderKind;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The filters of {@code GET /api/orders}; every one optional.
 *
 * @param createdFrom first day of creation (inclusive, in the service's default time zone)
 * @param createdTo last day of creation (inclusive)
 * @param date the visits starting that day (for a technician, in their own time zone)
 * @param q free text: order number, ticket number or customer name
 */
public record OrderFilter(
        Set<OrderStatus> statuses,
        OrderKind kind,
        String zone,
        UUID technicianId,
        String ticketId,
        Boolean contractGenerated,
        LocalDate createdFrom,
        LocalDate createdTo,
        LocalDate date,
        String q) {}
