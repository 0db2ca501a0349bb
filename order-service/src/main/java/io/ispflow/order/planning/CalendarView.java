package io.ispflow.order.planning;

import io.ispflow.contracts.ticket.OrderKind;
import io.ispflow.order.order.OrderStatus;
import io.ispflow.order.technician.TechnicianView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The planning calendar of a range: the technicians (the calendar's rows) and their visits.
 *
 * @param truncated whether there were more visits than one answer carries (narrow the range)
 */
public record CalendarView(
        @Schema(description = "Start of the range shown", example = "2026-11-23T00:00:00-03:00") OffsetDateTime from,
        @Schema(description = "End of the range shown (exclusive)", example = "2026-11-30T00:00:00-03:00")
                OffsetDateTime to,
        @Schema(description = "The calendar's rows: the technicians shown, by name") List<TechnicianView> technicians,
        @Schema(description = "The visits overlapping the range, by start") List<Entry> entries,
        @Schema(
                        description = "Whether there were more visits than one answer carries (narrow the range)",
                        example = "false")
                boolean truncated) {

    /** One visit on the calendar. */
    public record Entry(
            @Schema(description = "The order's id", example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c") UUID orderId,
            @Schema(description = "The order's number", example = "O-000123") String number,
            @Schema(description = "What the visit is for", example = "INSTALLATION") OrderKind kind,
            @Schema(description = "Where the order stands", example = "SCHEDULED") OrderStatus status,
            @Schema(description = "The zone (code) of the place", example = "NORTE") String zone,
            @Schema(
                            description = "The sales-desk ticket of the order",
                            example = "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b")
                    String ticketId,
            @Schema(description = "The technician booked", example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
                    UUID technicianId,
            @Schema(description = "The technician's name", example = "Juan Pérez") String technicianName,
            @Schema(description = "When the visit starts", example = "2026-12-03T09:00:00Z") OffsetDateTime start,
            @Schema(description = "When the visit ends", example = "2026-12-03T10:30:00Z") OffsetDateTime end,
            @Schema(description = "The customer's name", example = "María González") String customerName,
            @Schema(description = "The street address", example = "Av. San Martín 1234") String address,
            @Schema(description = "The city", example = "Rosario") String city,
            @Schema(description = "Whether the order's contract exists", example = "false") boolean contractGenerated,
            @Schema(description = "The order's version: the If-Match to reschedule it with", example = "2")
                    long version) {}
}
