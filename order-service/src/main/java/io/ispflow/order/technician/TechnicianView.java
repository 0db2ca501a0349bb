package io.ispflow.order.technician;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A technician as the API shows it. */
public record TechnicianView(
        @Schema(description = "The technician's id", example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") UUID id,
        @Schema(description = "The subject (sub) of the technician's login", example = "tito") String userId,
        @Schema(description = "The technician's name", example = "Juan Pérez") String name,
        @ArraySchema(
                        arraySchema =
                                @Schema(description = "The zone codes the technician serves", example = "[\"NORTE\"]"),
                        schema = @Schema(example = "NORTE"))
                List<String> zones,
        @ArraySchema(
                        arraySchema =
                                @Schema(
                                        description = "The technician's skill codes",
                                        example = "[\"FIBER\", \"WIRELESS\"]"),
                        schema = @Schema(example = "FIBER"))
                List<String> skills,
        @Schema(
                        description = "Working hours per weekday, local time of timeZone; a missing day is a day off",
                        example = "{\"MONDAY\": {\"start\": \"08:00\", \"end\": \"17:00\"}, \"TUESDAY\": {\"start\":"
                                + " \"08:00\", \"end\": \"17:00\"}}")
                Map<DayOfWeek, Hours> workingHours,
        @Schema(description = "The technician's IANA time zone", example = "America/Argentina/Buenos_Aires")
                String timeZone,
        @Schema(description = "Whether the technician can be scheduled", example = "true") boolean active,
        @Schema(description = "When the technician was created", example = "2026-10-01T12:00:00Z")
                OffsetDateTime createdAt,
        @Schema(description = "When the technician last changed", example = "2026-11-15T18:30:00Z")
                OffsetDateTime updatedAt,
        @Schema(description = "The technician's version: its ETag, the If-Match of its changes", example = "2")
                long version) {

    /** One day's working hours, local time ({@code "08:00"}). */
    public record Hours(
            @Schema(description = "When the day's work starts, local time (HH:mm)", example = "08:00") String start,
            @Schema(description = "When it ends (HH:mm)", example = "17:00") String end) {

        private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

        static Hours of(LocalTime start, LocalTime end) {
            return new Hours(start.format(HH_MM), end.format(HH_MM));
        }
    }

    public static TechnicianView of(Technician technician) {
        Map<DayOfWeek, Hours> hours = new TreeMap<>();
        technician.getWorkingHours().forEach((day, h) -> hours.put(day, Hours.of(h.start(), h.end())));
        return new TechnicianView(
                technician.getId(),
                technician.getUserId(),
                technician.getName(),
                technician.getZones(),
                technician.getSkills(),
                hours,
                technician.zoneId().getId(),
                technician.isActive(),
                technician.getCreatedAt(),
                technician.getUpdatedAt(),
                technician.getVersion());
    }
}
