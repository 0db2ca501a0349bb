package io.ispflow.lead.importexport;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time: quoted fields may hold the delimiter, doubled quotes and line
 * breaks; records end with CRLF or LF. The delimiter is a comma, or a semicolon for files saved by a
 * spreadsheet in a Spanish locale ({@link #detectDelimiter}).
 */
final class CsvReader {

    private final Reader in;
    private final char delimiter;
    private int peeked = -2;

    CsvReader(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** The delimiter of a header line: a semicolon when it has more of them than commas. */
    static char detectDelimiter(String headerLine) {
        long commas = headerLine.chars().filter(c -> c == ',').count();
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        return semicolons > commas ? ';' : ',';
    }

    /** The next record's fields, or null at the end of the input. */
    List<String> next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new CsvFormatException("a quoted field is not closed before the end of the file");
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == -1 || c == '\n') {
                fields.add(field.toString());
                return fields;
            } else if (c == '\r') {
                int after = read();
                if (after != '\n' && after != -1) {
                    unread(after);
                }
                fields.add(field.toString());
                return fields;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else {
                field.append((char) c);
                fieldStarted = true;
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int value = peeked;
            peeked = -2;
            return value;
        }
        return in.read();
    }

    private void unread(int c) {
        peeked = c;
    }

    /** The file is not CSV this reader can make sense of. */
    static final class CsvFormatException extends RuntimeException {
        CsvFormatException(String message) {
            super(message);
        }
    }
}
