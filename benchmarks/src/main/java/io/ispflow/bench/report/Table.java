package io.ispflow.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A markdown table: a header row, then rows; numeric columns (named in {@code right}) are right-aligned. */
public final class Table {

    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /** Headers ending in '>' are right-aligned (numbers); the '>' is not printed. */
    public Table(String... headers) {
        this.headers = new ArrayList<>();
        this.rightAligned = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            rightAligned[i] = headers[i].endsWith(">");
            this.headers.add(rightAligned[i] ? headers[i].substring(0, headers[i].length() - 1) : headers[i]);
        }
    }

    public Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(format(cell));
        }
        rows.add(row);
        return this;
    }

    public int size() {
        return rows.size();
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("| " + String.join(" | ", headers) + " |");
        StringBuilder separator = new StringBuilder("|");
        for (boolean right : rightAligned) {
            separator.append(right ? "---:|" : "---|");
        }
        lines.add(separator.toString());
        for (List<String> row : rows) {
            lines.add("| " + String.join(" | ", row) + " |");
        }
        return lines;
    }

    /** Numbers as people read them: thousands separated, at most one decimal unless small; NaN as "-". */
    public static String format(Object cell) {
        if (cell == null) {
            return "-";
        }
        if (cell instanceof Double || cell instanceof Float) {
            double value = ((Number) cell).doubleValue();
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return "-";
            }
            if (Math.abs(value) >= 100) {
                return String.format(Locale.ROOT, "%,.0f", value);
            }
            if (Math.abs(value) >= 10) {
                return String.format(Locale.ROOT, "%.1f", value);
            }
            return String.format(Locale.ROOT, "%.2f", value);
        }
        if (cell instanceof Integer || cell instanceof Long) {
            return String.format(Locale.ROOT, "%,d", ((Number) cell).longValue());
        }
        return cell.toString().replace("|", "\\|");
    }
}
