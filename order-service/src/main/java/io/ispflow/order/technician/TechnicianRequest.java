package io.ispflow.order.technician;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

/**
 * A technician's profile as planners send it (create and full update).
 *
 * @param userId the {@code sub} of the technician's login
 * @param zones zone codes the technician serves
 * @param skills e.g. {@code FIBER}, {@code WIRELESS}
 * @param workingHours per weekday ({@code MONDAY: {start: "08:00", end: "17:00"}}); a missing day is a
 *     day off; when absent, Monday to Friday 08:00-17:00
 * @param timeZone an IANA time zone; when absent, the service's default
 * @param active on update only: reactivate ({@code true}) or deactivate ({@code false}); absent keeps it
 */
public record TechnicianRequest(
        @NotBlank @Size(max = 200) String userId,
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 50) Set<@NotNull @Pattern(regexp = CODE, message = "must be a zone code") String> zones,
        @Size(max = 50) Set<@NotNull @Pattern(regexp = CODE, message = "must be a skill code") String> skills,
        Map<@NotNull DayOfWeek, @NotNull @Valid Hours> workingHours,
        @Size(max = 64) String timeZone,
        Boolean active) {

    static final String CODE = "^[A-Z0-9][A-Z0-9_-]{0,39}$";

    /** One day's working interval, local time; the end is after the start. */
    public record Hours(@NotNull LocalTime start, @NotNull LocalTime end) {}
}
