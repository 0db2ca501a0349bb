package io.ispflow.lead.importexport;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma, a quote or a line break)
 * that is safe to open in a spreadsheet: a cell starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return would be run as a formula, so it gets a leading {@code '}
 * (OWASP's CSV injection advice).
 */
final class CsvWriter {

    private static final String LINE_END = "\r\n";

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write(LINE_END);
    }

    void row(String... cells) throws IOException {
        row(List.of(cells));
    }

    /** One field, neutralised and quoted as needed; null is an empty field. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = startsLikeAFormula(value) ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0
                || safe.indexOf('"') >= 0
                || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0
                || safe.indexOf(';') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean startsLikeAFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
