package io.ispflow.order.technician;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/** What a planner sets on a technician, already validated. */
public record TechnicianProfile(
        String userId,
        String name,
        Set<String> zones,
        Set<String> skills,
        Map<DayOfWeek, WorkingHours> workingHours,
        ZoneId timeZone) {

    public TechnicianProfile {
        zones = Set.copyOf(zones);
        skills = Set.copyOf(skills);
        workingHours = Map.copyOf(workingHours);
    }
}
