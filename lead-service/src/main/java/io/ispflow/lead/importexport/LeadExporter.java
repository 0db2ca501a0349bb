package io.ispflow.lead.importexport;

import io.ispflow.lead.LeadProperties;
import io.ispflow.lead.lead.LeadQuery;
import io.ispflow.lead.lead.LeadSort;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streams the leads of a grid filter as CSV with constant memory at any size: rows come from a
 * server-side cursor ({@code fetchSize} at a time, which PostgreSQL's driver only honours inside a
 * transaction) and go straight to the response; nothing holds more than one fetch.
 */
@Component
class LeadExporter {

    /** Excel reads a UTF-8 file as UTF-8 only when it starts with a byte order mark. */
    private static final String BOM = "\uFEFF";

    private final NamedParameterJdbcTemplate jdbc;

    LeadExporter(DataSource dataSource, LeadProperties properties) {
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(properties.export().fetchSize());
        this.jdbc = new NamedParameterJdbcTemplate(cursor);
    }

    /** Writes the header and every matching row, newest first; returns the number of rows. */
    @Transactional(readOnly = true)
    public long write(LeadQuery query, OutputStream output) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
        CsvWriter csv = new CsvWriter(writer);
        writer.write(BOM);
        csv.row(LeadCsv.EXPORT);
        long[] rows = {0};
        List<String> cells = new ArrayList<>(LeadCsv.EXPORT.size());
        try {
            jdbc.query(
                    LeadCsv.EXPORT_SELECT + query.where() + LeadSort.NEWEST_FIRST.orderBy(),
                    query.params(),
                    (ResultSet rs) -> {
                        cells.clear();
                        for (int column = 1; column <= LeadCsv.EXPORT.size(); column++) {
                            cells.add(text(rs, column));
                        }
                        try {
                            csv.row(cells);
                        } catch (IOException clientGone) {
                            throw new UncheckedIOException(clientGone);
                        }
                        rows[0]++;
                    });
        } catch (UncheckedIOException clientGone) {
            throw clientGone.getCause();
        }
        writer.flush();
        return rows[0];
    }

    private static String text(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC).toString();
        }
        return value == null ? null : value.toString();
    }
}
