package io.ispflow.lead.importexport;

import io.ispflow.platform.security.Caller;
import io.ispflow.platform.security.ZoneVisibility;
import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tables {@code lead_import} and {@code lead_import_row}. Status changes are guarded in their SQL
 * (a worker only finishes an import that is RUNNING), so concurrent workers and replicas cannot move an
 * import backwards.
 */
@Component
class ImportStore {

    private static final String COLUMNS =
            """
            id, file_name, sha256, importer, importer_name, importer_roles, importer_zones, status,
            ignored_columns, total_rows, processed_rows, created_rows, updated_rows, unchanged_rows,
            duplicate_rows, error_rows, failure_reason, uploaded_at, started_at, finished_at
            """;

    /** One row of the per-row report. */
    record ReportRow(
            @Schema(description = "the row's number; 1 is the first row after the header", example = "7") int row,
            @Schema(example = "ERROR") RowOutcome outcome,
            @Schema(description = "the lead it created or updated") UUID leadId,
            @Schema(description = "that lead's zone") String zone,
            @Schema(
                            description = "why it is a duplicate or an error; what changed on an update",
                            example = "zone is required: choose one of your zones (NORTE)")
                    String message) {}

    /** The width of {@code lead_import.ignored_columns}. */
    private static final int IGNORED_COLUMNS_LENGTH = 2000;

    private final JdbcClient jdbc;

    ImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new PENDING import; empty when the importer already uploaded these exact bytes. */
    Optional<UUID> create(
            String fileName,
            String sha256,
            byte[] content,
            List<String> ignoredColumns,
            int totalRows,
            Caller importer) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql(
                        """
                        INSERT INTO lead_import (id, file_name, sha256, importer, importer_name, importer_roles,
                                                 importer_zones, status, content, ignored_columns, total_rows,
                                                 uploaded_at)
                        VALUES (:id, :fileName, :sha256, :importer, :importerName, :roles, :zones, 'PENDING',
                                :content, :ignored, :totalRows, now())
                        ON CONFLICT (importer, sha256) DO NOTHING
                        """)
                .param("id", id)
                .param("fileName", fileName)
                .param("sha256", sha256)
                .param("importer", importer.subject())
                .param("importerName", importer.name())
                .param("roles", LeadImport.join(importer.roles()))
                .param("zones", LeadImport.join(importer.zones()))
                .param("content", content)
                .param("ignored", ignoredColumnsText(ignoredColumns))
                .param("totalRows", totalRows)
                .update();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    /**
     * The ignored columns as stored in {@code lead_import.ignored_columns} (varchar(2000)): as many names as
     * fit, then how many more there were, so a header of long names is never refused by the database.
     */
    static String ignoredColumnsText(List<String> ignoredColumns) {
        String all = String.join(",", ignoredColumns);
        if (all.length() <= IGNORED_COLUMNS_LENGTH) {
            return all;
        }
        StringBuilder text = new StringBuilder();
        int kept = 0;
        for (String column : ignoredColumns) {
            int length = text.length() + (kept == 0 ? 0 : 1) + column.length();
            if (length > IGNORED_COLUMNS_LENGTH - 40) {
                break;
            }
            text.append(kept == 0 ? "" : ",").append(column);
            kept++;
        }
        return text.append(kept == 0 ? "" : ",")
                .append("... and ")
                .append(ignoredColumns.size() - kept)
                .append(" more")
                .toString();
    }

    Optional<LeadImport> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lead_import WHERE id = :id")
                .param("id", id)
                .query(ImportStore::map)
                .optional();
    }

    Optional<LeadImport> findBySha(String importer, String sha256) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lead_import WHERE importer = :importer AND sha256 = :sha")
                .param("importer", importer)
                .param("sha", sha256)
                .query(ImportStore::map)
                .optional();
    }

    /** A failed import uploaded again: back to PENDING with its file, resuming after the rows already done. */
    void retry(UUID id, byte[] content) {
        jdbc.sql(
                        """
                        UPDATE lead_import SET status = 'PENDING', content = :content, failure_reason = NULL,
                                               finished_at = NULL
                         WHERE id = :id AND status = 'FAILED'
                        """)
                .param("id", id)
                .param("content", content)
                .update();
    }

    /** The caller's imports (everyone's for a caller who sees every zone), newest first. */
    List<LeadImport> list(Caller caller, int page, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lead_import WHERE (:all OR importer = :me)"
                        + " ORDER BY uploaded_at DESC, id LIMIT :limit OFFSET :offset")
                .param("all", caller.seesAllZones())
                .param("me", caller.subject())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(ImportStore::map)
                .list();
    }

    long count(Caller caller) {
        return jdbc.sql("SELECT count(*) FROM lead_import WHERE (:all OR importer = :me)")
                .param("all", caller.seesAllZones())
                .param("me", caller.subject())
                .query(Long.class)
                .single();
    }

    /** A page of the report, rows of leads outside the caller's zones left out. */
    List<ReportRow> rows(UUID importId, RowOutcome outcome, Caller caller, int page, int size) {
        return jdbc.sql("SELECT row_number, outcome, lead_id, zone, message" + rowsWhere(outcome)
                        + " ORDER BY row_number LIMIT :limit OFFSET :offset")
                .params(rowsParams(importId, outcome, caller))
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new ReportRow(
                        rs.getInt("row_number"),
                        RowOutcome.valueOf(rs.getString("outcome")),
                        rs.getObject("lead_id", UUID.class),
                        rs.getString("zone"),
                        rs.getString("message")))
                .list();
    }

    long countRows(UUID importId, RowOutcome outcome, Caller caller) {
        return jdbc.sql("SELECT count(*)" + rowsWhere(outcome))
                .params(rowsParams(importId, outcome, caller))
                .query(Long.class)
                .single();
    }

    private static String rowsWhere(RowOutcome outcome) {
        return " FROM lead_import_row WHERE import_id = :importId AND " + ZoneVisibility.sqlPredicate("zone")
                + (outcome == null ? "" : " AND outcome = :outcome");
    }

    private static Map<String, Object> rowsParams(UUID importId, RowOutcome outcome, Caller caller) {
        Map<String, Object> params = new HashMap<>(ZoneVisibility.sqlParameters(caller));
        params.put("importId", importId);
        if (outcome != null) {
            params.put("outcome", outcome.name());
        }
        return params;
    }

    // --- the worker's side --------------------------------------------------------------------------

    /**
     * Takes the oldest waiting import, or a running one whose worker stopped reporting (a crash or a
     * restart), and marks it RUNNING; SKIP LOCKED lets several workers and replicas claim different ones.
     */
    Optional<UUID> claimNext(Duration abandonedAfter) {
        return jdbc.sql(
                        """
                        UPDATE lead_import SET status = 'RUNNING', started_at = coalesce(started_at, now()),
                                               heartbeat_at = now()
                         WHERE id = (SELECT id FROM lead_import
                                      WHERE status = 'PENDING'
                                         OR (status = 'RUNNING' AND heartbeat_at < now() - :abandoned * interval '1 second')
                                      ORDER BY uploaded_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING id
                        """)
                .param("abandoned", abandonedAfter.toSeconds())
                .query(UUID.class)
                .optional();
    }

    byte[] content(UUID id) {
        return jdbc.sql("SELECT content FROM lead_import WHERE id = :id")
                .param("id", id)
                .query(byte[].class)
                .optional()
                .orElse(null);
    }

    /** Locks the running import for a batch; returns the rows done so far, or empty if it is not running. */
    Optional<Integer> lockRunning(UUID id) {
        return jdbc.sql("SELECT processed_rows FROM lead_import WHERE id = :id AND status = 'RUNNING' FOR UPDATE")
                .param("id", id)
                .query(Integer.class)
                .optional();
    }

    /** The earlier row of this import that created or updated the lead, if any. */
    Optional<Integer> rowOfLead(UUID importId, UUID leadId) {
        return jdbc.sql(
                        """
                        SELECT min(row_number) FROM lead_import_row
                         WHERE import_id = :importId AND lead_id = :leadId
                           AND outcome IN ('CREATED', 'UPDATED', 'UNCHANGED')
                        """)
                .param("importId", importId)
                .param("leadId", leadId)
                .query(Integer.class)
                .optional();
    }

    void addRow(UUID importId, ReportRow row) {
        jdbc.sql(
                        """
                        INSERT INTO lead_import_row (import_id, row_number, outcome, lead_id, zone, message)
                        VALUES (:importId, :row, :outcome, :leadId, :zone, :message)
                        """)
                .param("importId", importId)
                .param("row", row.row())
                .param("outcome", row.outcome().name())
                .param("leadId", row.leadId())
                .param("zone", row.zone())
                .param("message", truncate(row.message()))
                .update();
    }

    /** Records a batch's progress and counts (in the batch's transaction) and the worker's heartbeat. */
    void advance(UUID id, int processedRows, Map<RowOutcome, Integer> counts) {
        jdbc.sql(
                        """
                        UPDATE lead_import SET processed_rows = :processed, heartbeat_at = now(),
                               created_rows = created_rows + :created, updated_rows = updated_rows + :updated,
                               unchanged_rows = unchanged_rows + :unchanged,
                               duplicate_rows = duplicate_rows + :duplicate, error_rows = error_rows + :error
                         WHERE id = :id
                        """)
                .param("id", id)
                .param("processed", processedRows)
                .param("created", counts.getOrDefault(RowOutcome.CREATED, 0))
                .param("updated", counts.getOrDefault(RowOutcome.UPDATED, 0))
                .param("unchanged", counts.getOrDefault(RowOutcome.UNCHANGED, 0))
                .param("duplicate", counts.getOrDefault(RowOutcome.DUPLICATE, 0))
                .param("error", counts.getOrDefault(RowOutcome.ERROR, 0))
                .update();
    }

    /** Every row has its outcome: DONE, and the file (personal data) is dropped. */
    void finish(UUID id) {
        jdbc.sql(
                        """
                        UPDATE lead_import SET status = 'DONE', content = NULL, finished_at = now(), heartbeat_at = now()
                         WHERE id = :id AND status = 'RUNNING'
                        """)
                .param("id", id)
                .update();
    }

    void fail(UUID id, String reason) {
        jdbc.sql(
                        """
                        UPDATE lead_import SET status = 'FAILED', failure_reason = :reason, finished_at = now()
                         WHERE id = :id AND status = 'RUNNING'
                        """)
                .param("id", id)
                .param("reason", truncate(reason))
                .update();
    }

    private static String truncate(String message) {
        return message == null || message.length() <= 1000 ? message : message.substring(0, 997) + "...";
    }

    private static LeadImport map(ResultSet rs, int row) throws SQLException {
        return new LeadImport(
                rs.getObject("id", UUID.class),
                rs.getString("file_name"),
                rs.getString("sha256"),
                rs.getString("importer"),
                rs.getString("importer_name"),
                rs.getString("importer_roles"),
                rs.getString("importer_zones"),
                ImportStatus.valueOf(rs.getString("status")),
                LeadImport.split(rs.getString("ignored_columns")),
                (Integer) rs.getObject("total_rows"),
                rs.getInt("processed_rows"),
                rs.getInt("created_rows"),
                rs.getInt("updated_rows"),
                rs.getInt("unchanged_rows"),
                rs.getInt("duplicate_rows"),
                rs.getInt("error_rows"),
                rs.getString("failure_reason"),
                utc(rs.getTimestamp("uploaded_at")),
                utc(rs.getTimestamp("started_at")),
                utc(rs.getTimestamp("finished_at")));
    }

    private static java.time.OffsetDateTime utc(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }
}
