package io.ispflow.order.technician;

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
        UUID id,
        String userId,
        String name,
        List<String> zones,
        List<String> skills,
        Map<DayOfWeek, Hours> workingHours,
        String timeZone,
        boolean active,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {

    /** One day's working hours, local time ({@code "08:00"}). */
    public record Hours(String start, String end) {

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
