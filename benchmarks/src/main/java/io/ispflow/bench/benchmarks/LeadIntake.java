package io.ispflow.bench.benchmarks;

import io.ispflow.bench.Run;
import io.ispflow.bench.load.ClosedLoop;
import io.ispflow.bench.report.Table;
import io.ispflow.bench.stack.Bodies;
import io.ispflow.bench.stack.Database;
import io.ispflow.bench.stack.Http;
import io.ispflow.bench.stack.ProcessCpu;
import io.ispflow.bench.stack.StackControl;
import io.ispflow.bench.stack.Tokens;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code POST /api/leads} through the gateway (one salesperson per worker, each request with its own
 * Idempotency-Key, a unique document and e-mail, zone NORTE, origin WEB) at 1, 4, 16 and 64 clients (short: 1, 8,
 * 32), the headline concurrency for the longest window, with each process's CPU milliseconds per lead; and in
 * the same run the physical limit under it: PostgreSQL's own single-row autocommit INSERT rate at the headline
 * concurrency into a scratch table of the {@code bench} database.
 */
public final class LeadIntake implements Benchmark {

    @Override
    public String name() {
        return "intake";
    }

    @Override
    public void run(Run run) throws Exception {
        var sizes = run.sizes();
        int concurrency = sizes.concurrency();
        int most =
                sizes.intakeClients().stream().mapToInt(Integer::intValue).max().orElse(concurrency);
        run.report().heading("Lead intake: POST /api/leads through the gateway");
        String[] tokens = new String[Math.max(most, concurrency)];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = run.token(Tokens.User.sales("bench-" + run.id() + "-in-" + i, "NORTE"));
        }
        // one counter for all workers: documents are compared without their hyphens ("1-11" = "11-1")
        AtomicLong sequence = new AtomicLong();
        ProcessCpu cpu = ProcessCpu.of(run.stack(), StackControl.ALL);
        run.report().progress("POST /api/leads: %s warm-up", sizes.warmup());
        intake(run, tokens, sequence, concurrency, sizes.warmup(), Duration.ofMillis(1));

        Table table = new Table("what", "concurrency>", "done>", "per s>", "p50 ms>", "p99 ms>", "max ms>", "failed");
        Map<String, ProcessCpu.Spent> spent = new LinkedHashMap<>();
        Map<String, Long> done = new LinkedHashMap<>();
        ClosedLoop.Result headline = null;
        List<Integer> levels = new ArrayList<>(sizes.intakeClients());
        if (!levels.contains(concurrency)) {
            levels.add(concurrency);
            levels.sort(null);
        }
        for (int clients : levels) {
            Duration window = clients == concurrency ? sizes.intake() : sizes.intakeStep();
            run.report().progress("POST /api/leads: %d clients for %s", clients, window);
            ProcessCpu.Snapshot before = cpu.snapshot();
            ClosedLoop.Result result = intake(run, tokens, sequence, clients, Duration.ZERO, window);
            String label = "POST /api/leads through the gateway (201), " + clients + " clients";
            spent.put(label, before.until(cpu.snapshot()));
            done.put(label, result.ok());
            row(table, label, result);
            if (clients == concurrency) {
                headline = result;
            }
        }
        run.report().progress("PostgreSQL single-row INSERTs: %s measured", sizes.postgresInserts());
        ClosedLoop.Result inserts = postgresInserts(run, concurrency, sizes.postgresInserts());
        row(table, "PostgreSQL INSERT, one row, autocommit (limit)", inserts);
        run.report().table(table);
        run.report().table(ProcessCpu.perRequest(spent, done));
        run.report()
                .line(
                        "Leads/s at %d clients over PostgreSQL's single-row commits/s: %.1f %%. A lead is one"
                                + " transaction of several rows (the lead, its history, the outbox event, the"
                                + " Idempotency-Key) plus the JWT check, validation against the catalog copy, JSON"
                                + " and two HTTP hops; the CPU table says which process spends what per lead.",
                        concurrency, 100 * headline.perSecond() / inserts.perSecond());
    }

    private static ClosedLoop.Result intake(
            Run run, String[] tokens, AtomicLong sequence, int clients, Duration warmup, Duration measure)
            throws InterruptedException {
        return ClosedLoop.run(clients, warmup, measure, worker -> () -> {
            String unique = "BI-" + run.id() + "-" + sequence.incrementAndGet();
            Http.Response response = run.http()
                    .send(
                            "POST",
                            run.gateway("/api/leads"),
                            tokens[worker],
                            Map.of("Idempotency-Key", UUID.randomUUID().toString()),
                            Bodies.lead("Bench Intake " + unique, unique, "NORTE"),
                            Duration.ofSeconds(30));
            return response.status() == 201 ? null : GatewayOverhead.label(response);
        });
    }

    private static void row(Table table, String label, ClosedLoop.Result result) {
        table.row(
                label,
                result.concurrency(),
                result.ok(),
                result.perSecond(),
                result.latency().p50(),
                result.latency().p99(),
                result.latency().max(),
                result.failures().isEmpty() ? "0" : result.failureSummary());
    }

    /** Each worker its own connection, one autocommit INSERT of one small row per call. */
    static ClosedLoop.Result postgresInserts(Run run, int concurrency, Duration measure) throws Exception {
        Database database = run.database();
        database.ensureBenchDatabase();
        try (Connection connection = database.connect(Database.BENCH);
                Statement statement = connection.createStatement()) {
            statement.execute(
                    """
                    CREATE TABLE IF NOT EXISTS bench_insert (
                        id         bigserial   PRIMARY KEY,
                        worker     int         NOT NULL,
                        payload    text        NOT NULL,
                        created_at timestamptz NOT NULL DEFAULT now())""");
            statement.execute("TRUNCATE bench_insert");
        }
        List<Connection> connections = new ArrayList<>();
        try {
            List<PreparedStatement> inserts = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                Connection connection = database.connect(Database.BENCH);
                connections.add(connection);
                connection.setAutoCommit(true);
                inserts.add(connection.prepareStatement("INSERT INTO bench_insert (worker, payload) VALUES (?, ?)"));
            }
            return ClosedLoop.run(concurrency, Duration.ofSeconds(1), measure, worker -> () -> {
                PreparedStatement insert = inserts.get(worker);
                insert.setInt(1, worker);
                insert.setString(2, "Bench Intake lead of about the size of a name and an e-mail");
                insert.executeUpdate();
                return null;
            });
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }
}
