package io.ispflow.order.planning;

import io.ispflow.contracts.ticket.OrderKind;
import io.ispflow.order.order.Order;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A card of the unscheduled column; {@code version} is the If-Match the planner schedules it with. */
public record UnscheduledOrder(
        @Schema(description = "The order's id", example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c") UUID id,
        @Schema(description = "The order's number", example = "O-000123") String number,
        @Schema(description = "What the visit is for", example = "INSTALLATION") OrderKind kind,
        @Schema(description = "The zone (code) of the place", example = "NORTE") String zone,
        @Schema(description = "The sales-desk ticket of the order", example = "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b")
                String ticketId,
        @Schema(description = "The ticket's number", example = "T-000045") String ticketNumber,
        @Schema(description = "The customer's name", example = "María González") String customerName,
        @Schema(description = "The street address", example = "Av. San Martín 1234") String address,
        @Schema(description = "The city", example = "Rosario") String city,
        @Schema(description = "The plan sold (catalog code)", example = "FIBRA-300") String plan,
        @Schema(description = "Notes for the technician", example = "Ring twice; a dog in the yard") String notes,
        @Schema(description = "When the order was made", example = "2026-11-20T14:30:00Z") OffsetDateTime createdAt,
        @Schema(description = "How long the order has been waiting, in whole hours", example = "52") long ageHours,
        @Schema(description = "Whether the order's contract exists", example = "false") boolean contractGenerated,
        @Schema(description = "The order's version: the If-Match to schedule it with", example = "1") long version) {

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
