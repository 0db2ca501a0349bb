package io.ispflow.bench.benchmarks;

import io.ispflow.bench.Run;
import io.ispflow.bench.load.ClosedLoop;
import io.ispflow.bench.load.LongList;
import io.ispflow.bench.report.Latency;
import io.ispflow.bench.report.Table;
import io.ispflow.bench.stack.Bodies;
import io.ispflow.bench.stack.Http;
import io.ispflow.bench.stack.ProcessCpu;
import io.ispflow.bench.stack.StackControl;
import io.ispflow.bench.stack.Tokens;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Issue 10.1: the same read, {@code GET /api/leads/{id}} of one lead, straight to lead-service (:8082) and
 * through the gateway (:8080), with the same tokens (one user per worker: the gateway's rate limit is per
 * user), at a fixed concurrency, in alternating rounds of one run so both see the same machine. A single lead
 * costs the service the same however many leads the table holds, so the difference is the gateway's: JWT
 * check, zone rules, rate limiter, the extra hop.
 */
public final class GatewayOverhead implements Benchmark {

    @Override
    public String name() {
        return "gateway";
    }

    @Override
    public void run(Run run) throws Exception {
        var sizes = run.sizes();
        run.report().heading("Gateway overhead: GET /api/leads/{id} direct and through the gateway");
        Tokens.User owner = Tokens.User.sales("bench-" + run.id() + "-gw", "NORTE");
        Http.Response created = run.http()
                .send(
                        "POST",
                        run.gateway("/api/leads"),
                        run.token(owner),
                        Map.of(),
                        Bodies.lead("Bench Gateway " + run.id(), "BG-" + run.id(), "NORTE"),
                        Duration.ofSeconds(30));
        if (created.status() != 201) {
            throw new IllegalStateException("cannot create the lead to read: " + created);
        }
        String path = "/api/leads/" + created.json().get("id").asString();
        int concurrency = sizes.concurrency();
        String[] tokens = new String[concurrency];
        for (int i = 0; i < concurrency; i++) {
            tokens[i] = run.token(Tokens.User.sales("bench-" + run.id() + "-gw-" + i, "NORTE"));
        }
        String direct = Run.service(StackControl.LEAD) + path;
        String gateway = run.gateway(path);

        run.report().progress("warming up both paths (%s each)", sizes.warmup());
        reads(run, direct, tokens, sizes.warmup(), Duration.ofMillis(1));
        reads(run, gateway, tokens, sizes.warmup(), Duration.ofMillis(1));

        ProcessCpu cpu = ProcessCpu.of(
                run.stack(), java.util.List.of(StackControl.GATEWAY, StackControl.LEAD, StackControl.POSTGRES));
        Totals directTotals = new Totals();
        Totals gatewayTotals = new Totals();
        for (int round = 0; round < sizes.gatewayRounds(); round++) {
            // D G, then G D: neither path always runs second
            boolean directFirst = round % 2 == 0;
            for (int leg = 0; leg < 2; leg++) {
                boolean isDirect = (leg == 0) == directFirst;
                run.report()
                        .progress(
                                "round %d/%d: %s for %s",
                                round + 1,
                                sizes.gatewayRounds(),
                                isDirect ? "direct" : "gateway",
                                sizes.gatewayRound());
                ProcessCpu.Snapshot before = cpu.snapshot();
                var result = reads(run, isDirect ? direct : gateway, tokens, Duration.ZERO, sizes.gatewayRound());
                (isDirect ? directTotals : gatewayTotals).add(result, before.until(cpu.snapshot()));
            }
        }
        Table table =
                new Table("path", "concurrency>", "requests>", "req/s>", "p50 ms>", "p99 ms>", "max ms>", "failed");
        directTotals.row(table, "direct to lead-service :8082", concurrency);
        gatewayTotals.row(table, "through the gateway :8080", concurrency);
        run.report().table(table);
        Map<String, ProcessCpu.Spent> spent = new LinkedHashMap<>();
        spent.put("direct", directTotals.cpu);
        spent.put("through the gateway", gatewayTotals.cpu);
        run.report()
                .table(ProcessCpu.perRequest(
                        spent, Map.of("direct", directTotals.ok, "through the gateway", gatewayTotals.ok)));
        Latency d = directTotals.latency();
        Latency g = gatewayTotals.latency();
        run.report()
                .line(
                        "Gateway/direct throughput: %.2f; added latency p50 %+.1f ms, p99 %+.1f ms (%d rounds of %s"
                                + " per path, alternating; warm-up %s per path).",
                        gatewayTotals.perSecond() / directTotals.perSecond(),
                        g.p50() - d.p50(),
                        g.p99() - d.p99(),
                        sizes.gatewayRounds(),
                        sizes.gatewayRound(),
                        sizes.warmup());
    }

    private static ClosedLoop.Result reads(Run run, String url, String[] tokens, Duration warmup, Duration measure)
            throws InterruptedException {
        return ClosedLoop.run(tokens.length, warmup, measure, worker -> () -> {
            Http.Response response = run.http().get(url, tokens[worker]);
            return response.status() == 200 ? null : label(response);
        });
    }

    static String label(Http.Response response) {
        return response.status() == 0 ? "no answer" : Integer.toString(response.status());
    }

    /** The rounds of one path, added up. */
    private static final class Totals {
        private final LongList samples = new LongList();
        private final Map<String, Long> failures = new TreeMap<>();
        private long ok;
        private double seconds;
        private ProcessCpu.Spent cpu = ProcessCpu.Spent.none();

        void add(ClosedLoop.Result result, ProcessCpu.Spent spent) {
            cpu = cpu.plus(spent);
            for (long sample : result.samples()) {
                samples.add(sample);
            }
            ok += result.ok();
            seconds += result.seconds();
            result.failures().forEach((label, count) -> failures.merge(label, count, Long::sum));
        }

        double perSecond() {
            return ok / seconds;
        }

        Latency latency() {
            return Latency.ofNanos(samples.toArray());
        }

        void row(Table table, String label, int concurrency) {
            Latency latency = latency();
            table.row(
                    label,
                    concurrency,
                    ok,
                    perSecond(),
                    latency.p50(),
                    latency.p99(),
                    latency.max(),
                    failures.isEmpty() ? "0" : failures.toString());
        }
    }
}
