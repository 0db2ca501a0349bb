package io.ispflow.bench.benchmarks;

import io.ispflow.bench.Run;
import io.ispflow.bench.load.LongList;
import io.ispflow.bench.report.Latency;
import io.ispflow.bench.report.Table;
import io.ispflow.bench.stack.Http;
import io.ispflow.bench.stack.StackControl;
import io.ispflow.bench.stack.Tokens;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Issue 10.4: the lead grid (a page of 50 with the exact total, the filters a salesperson uses) and the CSV
 * export through the gateway, over a million leads (short: 20,000) bulk-loaded into the stack's lead database,
 * as a manager who sees every zone and as a NORTE salesperson (NORTE holds 35 % of the bulk leads, 5 % have no
 * zone). Each query is run a few times to warm up, then measured sequentially (one user at a time: this is the
 * latency a user sees, not a load test).
 */
public final class LeadSearch implements Benchmark {

    private static final Tokens.User MANAGER = GridQueries.MANAGER;
    private static final Tokens.User NORTE = GridQueries.NORTE;

    @Override
    public String name() {
        return "search";
    }

    @Override
    public void run(Run run) throws Exception {
        long leads = run.sizes().leads();
        run.report().heading(String.format("Lead search and export: %,d bulk-loaded leads", leads));
        LeadBulkLoad.ensure(run, leads);

        Table grid = new Table("grid query (GET /api/leads?...)", "caller", "total>", "p50 ms>", "p99 ms>", "max ms>");
        for (GridQueries.GridQuery query : GridQueries.of(run, leads)) {
            grid(run, grid, query.label(), query.caller(), query.query(50));
        }
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

    private static String caller(Tokens.User user) {
        return GridQueries.caller(user);
    }
}
