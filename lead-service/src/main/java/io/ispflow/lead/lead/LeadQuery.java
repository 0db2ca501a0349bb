package io.ispflow.lead.lead;

import io.ispflow.platform.security.Caller;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL predicate of a grid filter, zone visibility included, shared by the grid (a page and its total)
 * and the export (every row), so both always select the same leads. Only the conditions in use are
 * written (no {@code :param IS NULL OR ...}), so PostgreSQL plans each shape for its indexes.
 */
public final class LeadQuery {

    /** Visibility in SQL: the caller's zones and no zone (the rule of {@code ZoneVisibility.sqlPredicate}). */
    private static final String VISIBLE = "(zone IS NULL OR zone = ANY(:visibleZones))";

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();
    private boolean zoneRestricted;

    private LeadQuery() {}

    /**
     * @param staleCutoff leads imported before this instant are stale ({@code filter.stale()}); the same rule as
     *     {@code Lead.requireDeletable}
     */
    public static LeadQuery of(LeadFilter filter, Caller caller, Instant staleCutoff) {
        filter.validate();
        LeadQuery query = new LeadQuery();
        if (!caller.seesAllZones()) {
            // written only for callers it restricts
            query.zoneRestricted = true;
            query.params.put("visibleZones", array(caller.zones()));
        }
        List<String> words = filter.words();
        for (int i = 0; i < words.size(); i++) {
            // lead_fold is the same function that built search_text (V1__lead.sql)
            query.add("search_text LIKE '%' || lead_fold(:word" + i + ") || '%'", "word" + i, escapeLike(words.get(i)));
        }
        query.anyOf("origin", filter.origin());
        query.anyOf("zone", filter.zone());
        query.anyOf("status", filter.status());
        query.anyOf("stage", filter.stage());
        if (Boolean.TRUE.equals(filter.unassigned())) {
            query.conditions.add("assignee IS NULL");
        } else if (filter.assignee() != null) {
            query.add("assignee = :assignee", "assignee", filter.assignee());
        }
        if (filter.channel() != null) {
            query.add("channel = :channel", "channel", filter.channel());
        }
        if (filter.campaign() != null) {
            query.add("campaign = :campaign", "campaign", filter.campaign());
        }
        if (Boolean.TRUE.equals(filter.stale())) {
            query.conditions.add("import_id IS NOT NULL AND assignee IS NULL AND stage = 'LEAD'");
            query.add("imported_at <= :staleCutoff", "staleCutoff", Timestamp.from(staleCutoff));
        }
        if (filter.createdFromInstant() != null) {
            query.add("created_at >= :createdFrom", "createdFrom", Timestamp.from(filter.createdFromInstant()));
        }
        if (filter.createdToInstant() != null) {
            query.add("created_at < :createdTo", "createdTo", Timestamp.from(filter.createdToInstant()));
        }
        return query;
    }

    /** {@code " WHERE ..."}, or nothing when the filter selects every lead. */
    public String where() {
        List<String> all = new ArrayList<>(conditions);
        if (zoneRestricted) {
            all.add(0, VISIBLE);
        }
        return whereOf(all);
    }

    /**
     * The exact number of matching leads. For a caller with zones it is the sum of two disjoint counts,
     * leads with no zone and leads in the caller's zones: PostgreSQL counts each as a range of an index
     * (lead_zone_status_stage), where the OR of the two would scan the whole index (ADR 0009).
     */
    public String countSql() {
        if (!zoneRestricted) {
            return "SELECT count(*) FROM lead" + where();
        }
        List<String> withoutZone = new ArrayList<>(conditions);
        withoutZone.add(0, "zone IS NULL");
        List<String> inZones = new ArrayList<>(conditions);
        inZones.add(0, "zone = ANY(:visibleZones)");
        return "SELECT (SELECT count(*) FROM lead" + whereOf(withoutZone) + ") + (SELECT count(*) FROM lead"
                + whereOf(inZones) + ")";
    }

    private static String whereOf(List<String> conditions) {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public Map<String, Object> params() {
        return Map.copyOf(params);
    }

    private void anyOf(String column, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        if (values.size() == 1) {
            add(column + " = :" + column, column, values.get(0));
        } else {
            add(column + " = ANY(:" + column + ")", column, values.toArray(String[]::new));
        }
    }

    private void add(String condition, String name, Object value) {
        conditions.add(condition);
        params.put(name, value);
    }

    private static String[] array(java.util.Collection<String> values) {
        return values.toArray(String[]::new);
    }

    /** The word as a literal inside LIKE: its own % and _ match themselves. */
    static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
