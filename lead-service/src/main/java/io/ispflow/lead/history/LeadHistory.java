package io.ispflow.lead.history;

import io.ispflow.platform.web.PageResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The change records of leads (table {@code lead_history}): written by the application services in
 * the transaction of the change they describe, read newest first.
 */
@Component
public class LeadHistory {

    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    LeadHistory(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records a change in the current transaction (there must be one: the change's own). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            UUID leadId, Instant at, String by, HistoryAction action, String reference, List<FieldChange> changes) {
        jdbc.sql(
                        """
                        INSERT INTO lead_history (lead_id, changed_at, changed_by, action, reference, changes)
                        VALUES (:leadId, :at, :by, :action, :reference, CAST(:changes AS jsonb))
                        """)
                .param("leadId", leadId)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("action", action.name())
                .param("reference", reference)
                .param("changes", json.writeValueAsString(changes))
                .update();
    }

    /** A page of a lead's history, newest first. */
    public PageResponse<HistoryEntry> page(UUID leadId, int page, int size) {
        long total = jdbc.sql("SELECT count(*) FROM lead_history WHERE lead_id = :leadId")
                .param("leadId", leadId)
                .query(Long.class)
                .single();
        List<HistoryEntry> items = jdbc.sql(
                        """
                        SELECT id, changed_at, changed_by, action, reference, changes::text AS changes
                          FROM lead_history WHERE lead_id = :leadId
                         ORDER BY id DESC LIMIT :limit OFFSET :offset
                        """)
                .param("leadId", leadId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> new HistoryEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("changed_at").toInstant().atOffset(ZoneOffset.UTC),
                        rs.getString("changed_by"),
                        HistoryAction.valueOf(rs.getString("action")),
                        rs.getString("reference"),
                        json.readValue(rs.getString("changes"), CHANGES)))
                .list();
        return new PageResponse<>(items, page, size, total, (int) ((total + size - 1) / size));
    }

    /**
     * Erasure: keeps who changed which field when, but drops every value (before and after), which may
     * be personal data.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int forgetValues(UUID leadId) {
        return jdbc.sql(
                        """
                        UPDATE lead_history
                           SET changes = coalesce(
                                 (SELECT jsonb_agg(jsonb_build_object('field', c->>'field', 'before', NULL, 'after', NULL))
                                    FROM jsonb_array_elements(changes) c), '[]'::jsonb)
                         WHERE lead_id = :leadId
                        """)
                .param("leadId", leadId)
                .update();
    }
}
