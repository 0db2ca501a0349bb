package io.ispflow.lead.importexport;

import io.ispflow.platform.problem.BadRequestException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An uploaded CSV file: its header (the template's column names, any order, any case; {@code name} is
 * required; other columns are ignored and reported) and its data records, numbered from 1 (row N is
 * line N+1 of a spreadsheet). UTF-8 with or without a byte order mark; a file that is not valid UTF-8 is
 * read as Windows-1252, the encoding of a Spanish Excel's "CSV".
 */
final class ImportFile {

    /** A data record by column name; blank when every field is empty. */
    record Row(int number, Map<String, String> values) {
        String get(String column) {
            return values.get(column);
        }

        boolean isBlank() {
            return values.values().stream().allMatch(v -> v == null || v.isBlank());
        }
    }

    /**
     * The most columns a header may have: the template has 16 ({@link LeadCsv#TEMPLATE}) and the export 28,
     * a spreadsheet may add some of its own (ignored and reported), but a wider header is not a file of
     * leads, and its ignored names would not even fit in the import's record.
     */
    static final int MAX_COLUMNS = 100;

    private static final Map<String, String> KNOWN = new HashMap<>();

    static {
        LeadCsv.TEMPLATE.forEach(column -> KNOWN.put(column.toLowerCase(Locale.ROOT), column));
        LeadCsv.OPTIONAL.forEach(column -> KNOWN.put(column.toLowerCase(Locale.ROOT), column));
    }

    private final String text;
    private final char delimiter;
    private final List<String> columns;
    private final List<String> ignoredColumns;

    private ImportFile(String text, char delimiter, List<String> columns, List<String> ignoredColumns) {
        this.text = text;
        this.delimiter = delimiter;
        this.columns = columns;
        this.ignoredColumns = ignoredColumns;
    }

    /**
     * Reads the header; a file without one, without a name column, or with more than {@link #MAX_COLUMNS}
     * columns is a 400.
     */
    static ImportFile parse(byte[] content) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int lineEnd = text.indexOf('\n');
        String headerLine = lineEnd < 0 ? text : text.substring(0, lineEnd);
        if (headerLine.isBlank()) {
            throw BadRequestException.invalidField("file", "the file is empty; start with the template's header row");
        }
        char delimiter = CsvReader.detectDelimiter(headerLine);
        List<String> header = read(new CsvReader(new StringReader(text), delimiter));
        if (header.size() > MAX_COLUMNS) {
            throw BadRequestException.invalidField(
                    "file",
                    "the header has " + header.size() + " columns; at most " + MAX_COLUMNS
                            + " are allowed (the template has " + LeadCsv.TEMPLATE.size()
                            + "; GET /api/leads/imports/template)");
        }
        List<String> columns = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (String raw : header) {
            String column = KNOWN.get(raw.strip().toLowerCase(Locale.ROOT));
            if (column != null && columns.contains(column)) {
                throw BadRequestException.invalidField("file", "the column " + column + " appears twice");
            }
            columns.add(column);
            if (column == null && !raw.isBlank()) {
                ignored.add(raw.strip());
            }
        }
        if (!columns.contains("name")) {
            throw BadRequestException.invalidField(
                    "file", "the header has no name column; use the template (GET /api/leads/imports/template)");
        }
        return new ImportFile(text, delimiter, columns, List.copyOf(ignored));
    }

    List<String> ignoredColumns() {
        return ignoredColumns;
    }

    /** The data records, header skipped. */
    Rows rows() {
        CsvReader reader = new CsvReader(new StringReader(text), delimiter);
        read(reader);
        return new Rows(reader);
    }

    /** How many data records have something in them. */
    int countRows() {
        Rows rows = rows();
        int count = 0;
        for (Row row = rows.next(); row != null; row = rows.next()) {
            if (!row.isBlank()) {
                count++;
            }
        }
        return count;
    }

    /** Reads records one at a time. */
    final class Rows {
        private final CsvReader reader;
        private int number;

        private Rows(CsvReader reader) {
            this.reader = reader;
        }

        /** The next record, or null at the end. */
        Row next() {
            List<String> fields = read(reader);
            if (fields == null) {
                return null;
            }
            number++;
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                String column = columns.get(i);
                if (column != null) {
                    values.put(column, i < fields.size() ? unneutralised(fields.get(i)) : null);
                }
            }
            return new Row(number, values);
        }
    }

    /**
     * The export writes {@code '+54 11 ...} so a spreadsheet does not run it as a formula; reading it back
     * drops that apostrophe, so an export imports back as it was.
     */
    static String unneutralised(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'') {
            char next = value.charAt(1);
            if (next == '=' || next == '+' || next == '-' || next == '@' || next == '\t' || next == '\r') {
                return value.substring(1);
            }
        }
        return value;
    }

    private static List<String> read(CsvReader reader) {
        try {
            return reader.next();
        } catch (CsvReader.CsvFormatException malformed) {
            throw BadRequestException.invalidField("file", "not a valid CSV file: " + malformed.getMessage());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }
}
