package io.ispflow.bench.benchmarks;

import io.ispflow.bench.Run;
import io.ispflow.bench.load.LongList;
import io.ispflow.bench.report.Latency;
import io.ispflow.bench.report.Table;
import io.ispflow.bench.stack.Database;
import io.ispflow.bench.stack.Http;
import io.ispflow.bench.stack.StackControl;
import io.ispflow.bench.stack.Tokens;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Issue 10.4: the lead grid (a page of 50 with the exact total, the filters a salesperson uses) and the CSV
 * export through the gateway, over a million leads (short: 20,000) bulk-loaded into the stack's lead database,
 * as a manager who sees every zone and as a NORTE salesperson (NORTE holds 35 % of the bulk leads, 5 % have no
 * zone). Each query is run a few times to warm up, then measured sequentially (one user at a time: this is the
 * latency a user sees, not a load test).
 */
public final class LeadSearch implements Benchmark {

    private static final Tokens.User MANAGER = new Tokens.User("bench-manager", "MANAGER", "");
    private static final Tokens.User NORTE = Tokens.User.sales("vendedor7", "NORTE");

    @Override
    public String name() {
        return "search";
    }

    @Override
    public void run(Run run) throws Exception {
        long leads = run.sizes().leads();
        run.report().heading(String.format("Lead search and export: %,d bulk-loaded leads", leads));
        LeadBulkLoad.Loaded loaded = LeadBulkLoad.topUp(run, leads);
        run.report()
                .line(
                        "Bulk load: %,d leads were there, %,d added in %.0f s (INSERT ... SELECT, then VACUUM"
                                + " ANALYZE); table and indexes: %s.",
                        loaded.before(), loaded.added(), loaded.seconds(), loaded.tableSize());

        // probes from a bulk lead a third of the way in, so every search finds what users look for
        String[] sample = sample(run, leads / 3);
        String[] words = sample[0].split(" ");
        String twoWords = encode(words[1] + " " + words[2]);
        String email = encode(sample[2].substring(0, sample[2].indexOf('@') + 1));
        String phoneDigits = sample[3].replaceAll("[^0-9]", "").substring(3);
        String monthAgo = LocalDate.now(ZoneOffset.UTC).minusDays(30).toString();

        Table grid = new Table("grid query (GET /api/leads?...)", "caller", "total>", "p50 ms>", "p99 ms>", "max ms>");
        grid(run, grid, "newest first, page 1", MANAGER, "size=50");
        grid(run, grid, "newest first, page 1", NORTE, "size=50");
        grid(run, grid, "zone + status", MANAGER, "zone=SUR&status=NEW&size=50");
        grid(run, grid, "status (own zones)", NORTE, "status=QUALIFIED&size=50");
        grid(run, grid, "stage (own zones)", NORTE, "stage=PROSPECT&size=50");
        grid(run, grid, "free text: two name words", MANAGER, "q=" + twoWords + "&size=50");
        grid(run, grid, "free text: one common word", MANAGER, "q=gonzalez&size=50");
        grid(run, grid, "free text: one common word", NORTE, "q=gonzalez&size=50");
        grid(run, grid, "free text: document", MANAGER, "q=" + sample[1] + "&size=50");
        grid(run, grid, "free text: phone digits", MANAGER, "q=" + phoneDigits + "&size=50");
        grid(run, grid, "free text: e-mail", MANAGER, "q=" + email + "&size=50");
        grid(run, grid, "created in the last 30 days", MANAGER, "createdFrom=" + monthAgo + "&size=50");
        grid(run, grid, "created in the last 30 days", NORTE, "createdFrom=" + monthAgo + "&size=50");
        grid(run, grid, "assignee", MANAGER, "assignee=vendedor7&size=50");
        grid(run, grid, "campaign + stage", MANAGER, "campaign=Verano&stage=PROSPECT&size=50");
        grid(run, grid, "sorted by name", MANAGER, "sort=name,asc&size=50");
        long deepPage = Math.min(2000, leads / 50 / 10);
        grid(run, grid, "deep page (offset " + deepPage * 50 + ")", MANAGER, "page=" + deepPage + "&size=50");
        grid(run, grid, "deep page (offset " + deepPage * 50 + ")", NORTE, "page=" + deepPage + "&size=50");
        run.report()
                .line(
                        "Through the gateway, %d warm-up + %d measured runs of each query, one after the other.",
                        run.sizes().gridWarmup(), run.sizes().gridRuns());
        run.report().table(grid);

        Table export = new Table(
                "export (GET /api/leads/export)",
                "caller",
                "rows>",
                "MB>",
                "seconds>",
                "rows/s>",
                "lead-service RSS MB before -> after");
        export(run, export, "every lead", MANAGER);
        export(run, export, "own zones (NORTE and no zone)", NORTE);
        run.report().table(export);
    }

    private static void grid(Run run, Table table, String label, Tokens.User user, String query) {
        String token = run.token(user);
        var sizes = run.sizes();
        LongList samples = new LongList();
        long total = -1;
        for (int i = 0; i < sizes.gridWarmup() + sizes.gridRuns(); i++) {
            long start = System.nanoTime();
            Http.Response response = run.http().get(run.gateway("/api/leads?" + query), token);
            long elapsed = System.nanoTime() - start;
            if (response.status() != 200) {
                throw new IllegalStateException("GET /api/leads?" + query + " answered " + response);
            }
            total = response.json().get("total").asLong();
            if (i >= sizes.gridWarmup()) {
                samples.add(elapsed);
            }
        }
        Latency latency = Latency.ofNanos(samples.toArray());
        table.row(label + " `" + query + "`", caller(user), total, latency.p50(), latency.p99(), latency.max());
    }

    private static void export(Run run, Table table, String label, Tokens.User user) throws Exception {
        long rssBefore = leadServiceRss(run);
        HttpRequest request = HttpRequest.newBuilder(URI.create(run.gateway("/api/leads/export")))
                .header("Authorization", "Bearer " + run.token(user))
                .timeout(Duration.ofMinutes(15))
                .build();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = run.http().stream(request, HttpResponse.BodyHandlers.ofInputStream());
        long rows = -1; // the header line
        long bytes = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /api/leads/export answered " + response.statusCode() + " "
                        + new String(in.readNBytes(500), StandardCharsets.UTF_8));
            }
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        rows++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long rssAfter = leadServiceRss(run);
        table.row(
                label,
                caller(user),
                rows,
                bytes / 1e6,
                seconds,
                rows / seconds,
                (rssBefore < 0 ? "-" : String.valueOf(rssBefore / 1024)) + " -> "
                        + (rssAfter < 0 ? "-" : String.valueOf(rssAfter / 1024)));
    }

    private static long leadServiceRss(Run run) {
        try {
            return run.stack().process(StackControl.LEAD).memoryKb();
        } catch (RuntimeException unavailable) {
            return -1;
        }
    }

    /** name, document, e-mail, phone of bulk lead number n. */
    private static String[] sample(Run run, long n) throws Exception {
        try (Connection connection = run.database().connect(Database.LEAD);
                PreparedStatement query = connection.prepareStatement(
                        "SELECT name, document_number, email, phone FROM lead WHERE document_key = ? LIMIT 1")) {
            query.setString(1, Long.toString(20_000_000 + Math.max(1, n)));
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("bulk lead " + n + " not found");
                }
                return new String[] {rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)};
            }
        }
    }

    private static String caller(Tokens.User user) {
        return user.zones().isEmpty() ? "all zones" : user.zones();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
