package io.ispflow.order.planning;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Where the planner dropped the order on the calendar.
 *
 * @param start when the visit starts, with its offset ({@code 2026-11-23T10:00:00-03:00})
 * @param durationMinutes how long the visit takes
 * @param override book the technician outside their zones or working hours anyway (never over
 *     another visit, never an inactive technician)
 */
public record ScheduleRequest(
        @Schema(description = "The technician to book", example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") @NotNull
                UUID technicianId,
        @Schema(description = "When the visit starts, with its offset", example = "2026-12-03T09:00:00Z") @NotNull
                OffsetDateTime start,
        @Schema(description = "How long the visit takes, 5 to 720 minutes", example = "90") @NotNull @Min(5) @Max(720)
                Integer durationMinutes,
        @Schema(
                        description = "Book the technician outside their zones or working hours anyway (never over"
                                + " another visit, never an inactive technician)",
                        example = "false")
                Boolean override) {

    boolean overrides() {
        return Boolean.TRUE.equals(override);
    }
}
