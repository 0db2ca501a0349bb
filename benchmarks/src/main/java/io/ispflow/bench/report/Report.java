package io.ispflow.bench.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a run prints, kept as markdown: every line goes to the console as it is measured and into the report
 * file written at the end (the source of the figures in docs/benchmarks.md).
 */
public final class Report {

    private final PrintStream out;
    private final List<String> lines = new ArrayList<>();

    public Report(PrintStream out) {
        this.out = out;
    }

    public synchronized void heading(String title) {
        blank();
        line("## " + title);
        blank();
    }

    public synchronized void line(String format, Object... args) {
        String text = args.length == 0 ? format : String.format(Locale.ROOT, format, readable(args));
        out.println(text);
        out.flush();
        lines.add(text);
    }

    /** Progress for the console only (not worth keeping in the report). */
    public synchronized void progress(String format, Object... args) {
        out.println("  .. " + (args.length == 0 ? format : String.format(Locale.ROOT, format, readable(args))));
        out.flush();
    }

    /** Durations as "30 s" or "250 ms" rather than ISO-8601's PT30S. */
    static Object[] readable(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Duration duration) {
                out[i] = duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
            }
        }
        return out;
    }

    public synchronized void table(Table table) {
        blank();
        table.lines().forEach(this::line);
        blank();
    }

    private void blank() {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
            line("");
        }
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    public synchronized void write(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
