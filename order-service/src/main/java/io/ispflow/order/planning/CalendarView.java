package io.ispflow.order.planning;

import io.ispflow.contracts.ticket.OrderKind;
import io.ispflow.order.order.OrderStatus;
import io.ispflow.order.technician.TechnicianView;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The planning calendar of a range: the technicians (the calendar's rows) and their visits.
 *
 * @param truncated whether there were more visits than one answer carries (narrow the range)
 */
public record CalendarView(
        OffsetDateTime from,
        OffsetDateTime to,
        List<TechnicianView> technicians,
        List<Entry> entries,
        boolean truncated) {

    /** One visit on the calendar. */
    public record Entry(
            UUID orderId,
            String number,
            OrderKind kind,
            OrderStatus status,
            String zone,
            String ticketId,
            UUID technicianId,
            String technicianName,
            OffsetDateTime start,
            OffsetDateTime end,
            String customerName,
            String address,
            String city,
            boolean contractGenerated,
            long version) {}
}
