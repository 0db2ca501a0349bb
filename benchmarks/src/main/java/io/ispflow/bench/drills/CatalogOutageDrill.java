package io.ispflow.bench.drills;

import io.ispflow.bench.Run;
import io.ispflow.bench.load.LongList;
import io.ispflow.bench.report.Latency;
import io.ispflow.bench.stack.Bodies;
import io.ispflow.bench.stack.Http;
import io.ispflow.bench.stack.Readiness;
import io.ispflow.bench.stack.Retrying;
import io.ispflow.bench.stack.StackControl;
import io.ispflow.bench.stack.Tokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The catalog service stopped: lead creation goes on (the lead service validates codes against its local copy
 * of the catalog), and quotes, which need the catalog itself, fail fast with a 503 problem. Started again
 * afterwards.
 */
final class CatalogOutageDrill implements Drill {

    /** "Fast": a quote must be refused within this, not hang until a client timeout. */
    static final Duration FAIL_FAST = Duration.ofSeconds(3);

    @Override
    public String name() {
        return "catalog";
    }

    @Override
    public DrillVerdict run(Run run) throws Exception {
        var sizes = run.sizes();
        run.report().heading("Drill catalog: catalog-service stopped; leads from the local copy, quotes fail fast");
        Readiness.awaitAllUp(run.http(), StreamDrill.RECOVERY, "before the drill");
        String token = run.token(Tokens.User.sales("bench-" + run.id() + "-catalog", "NORTE"));
        List<String> problems = new ArrayList<>();
        long created = 0;
        try {
            long start = System.nanoTime();
            run.stack().stop(StackControl.CATALOG);
            run.report().line("- catalog-service stopped in %.1f s", (System.nanoTime() - start) / 1e9);
            for (int i = 0; i < sizes.catalogLeads(); i++) {
                String unique = "BC-" + run.id() + "-" + i;
                Http.Response response = Retrying.post(
                                run.http(),
                                run.gateway("/api/leads"),
                                token,
                                Bodies.lead("Bench Catalog " + unique, unique, "NORTE"),
                                UUID.randomUUID().toString(),
                                Duration.ofSeconds(30))
                        .response();
                if (response.status() == 201) {
                    created++;
                } else if (problems.size() < 5) {
                    problems.add("lead " + i + " not created while the catalog was down: " + response);
                }
            }
            LongList quoteNanos = new LongList();
            for (int i = 0; i < sizes.quotes(); i++) {
                long quoteStart = System.nanoTime();
                Http.Response quote = run.http()
                        .send(
                                "POST",
                                run.gateway("/api/catalog/quotes"),
                                token,
                                java.util.Map.of(),
                                Bodies.quote(),
                                Duration.ofSeconds(30));
                long elapsed = System.nanoTime() - quoteStart;
                quoteNanos.add(elapsed);
                String type = quote.header("Content-Type");
                if (quote.status() != 503 || type == null || !type.startsWith("application/problem+json")) {
                    problems.add("quote " + i + ": expected a 503 problem, got " + quote);
                } else if (elapsed > FAIL_FAST.toNanos()) {
                    problems.add("quote " + i + " refused after " + elapsed / 1_000_000 + " ms, over the bound of "
                            + FAIL_FAST.toMillis() + " ms");
                }
            }
            Latency quotes = Latency.ofNanos(quoteNanos.toArray());
            run.report()
                    .line(
                            "- %d quotes while the catalog was down: 503 in p50 %.1f ms, max %.1f ms (bound %d ms)",
                            quotes.count(), quotes.p50(), quotes.max(), FAIL_FAST.toMillis());
        } catch (IllegalStateException e) {
            problems.add(e.getMessage());
        } finally {
            try {
                long start = System.nanoTime();
                run.stack().ensureStarted(StackControl.CATALOG);
                run.report().line("- catalog-service ready again after %.1f s", (System.nanoTime() - start) / 1e9);
            } catch (RuntimeException e) {
                problems.add("restarting catalog-service failed: " + e.getMessage());
            }
        }
        Http.Response quote = run.http().post(run.gateway("/api/catalog/quotes"), token, Bodies.quote());
        if (quote.status() != 200) {
            problems.add("quotes do not work again after the restart: " + quote);
        }
        long expected = sizes.catalogLeads();
        return new DrillVerdict(name(), expected, created, 0, expected - created, problems);
    }
}
