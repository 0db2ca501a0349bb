package io.ispflow.order.planning;

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
        @NotNull UUID technicianId,
        @NotNull OffsetDateTime start,
        @NotNull @Min(5) @Max(720) Integer durationMinutes,
        Boolean override) {

    boolean overrides() {
        return Boolean.TRUE.equals(override);
    }
}
