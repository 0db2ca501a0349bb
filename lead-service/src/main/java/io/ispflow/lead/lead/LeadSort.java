package io.ispflow.lead.lead;

import io.ispflow.platform.problem.BadRequestException;
import java.util.Map;

/**
 * The grid's order: {@code sort=createdAt,desc} (the default), by creation or update time, name,
 * status, stage, zone, origin or assignee; the id breaks ties, so pages never overlap or skip.
 */
public record LeadSort(String column, boolean descending) {

    private static final Map<String, String> COLUMNS = Map.of(
            "createdAt", "created_at",
            "updatedAt", "updated_at",
            "name", "name",
            "status", "status",
            "stage", "stage",
            "zone", "zone",
            "origin", "origin",
            "assignee", "assignee");

    public static final LeadSort NEWEST_FIRST = new LeadSort("created_at", true);

    public static LeadSort parse(String sort) {
        if (sort == null || sort.isBlank()) {
            return NEWEST_FIRST;
        }
        String[] parts = sort.split(",");
        String column = COLUMNS.get(parts[0].strip());
        if (column == null) {
            throw BadRequestException.invalidField(
                    "sort", "cannot sort by '" + parts[0].strip() + "'; use one of " + COLUMNS.keySet());
        }
        boolean descending = false;
        if (parts.length > 1) {
            String direction = parts[1].strip().toLowerCase(java.util.Locale.ROOT);
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw BadRequestException.invalidField("sort", "direction must be asc or desc");
            }
            descending = direction.equals("desc");
        }
        return new LeadSort(column, descending);
    }

    public String orderBy() {
        String direction = descending ? " DESC" : " ASC";
        return " ORDER BY " + column + direction + ", id" + direction;
    }
}
