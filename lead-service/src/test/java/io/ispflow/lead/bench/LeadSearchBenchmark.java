package io.ispflow.lead.bench;

import io.ispflow.lead.LeadBulkLoader;
import io.ispflow.lead.LeadTestSupport;
import io.ispflow.lead.TestUser;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Not a test: a benchmark that prints figures and asserts nothing. It loads a million leads (or
 * {@code -Dbench.leads}) straight into the table of a fresh database on the embedded PostgreSQL, then
 * measures the grid through the real HTTP endpoint (page 1 and deep pages, with the exact total) and the
 * CSV export of every row for a caller who sees every zone and for a NORTE salesperson.
 *
 * <p>Run: {@code ./mvnw -pl lead-service verify -Pbench} (figures in docs/benchmarks.md; the table is
 * also written to lead-service/target/bench/lead-search.md).
 */
class LeadSearchBenchmark extends LeadTestSupport {

    private static final int WARMUP = 3;
    private static final int RUNS = 20;
    private static final TestUser ADMIN = TestUser.ADMIN;
    private static final TestUser NORTE = new TestUser("vendedor7", "SALES", "NORTE");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<String> report = new ArrayList<>();

    @Test
    void measureSearchAndExport() throws Exception {
        long leads = Long.getLong("bench.leads", 1_000_000);
        long start = System.nanoTime();
        LeadBulkLoader.load(jdbc, 1, leads, 0, null);
        jdbc.sql("VACUUM ANALYZE lead").update();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        print("## Lead search and export: %,d leads", leads);
        print("");
        print(
                "Loaded in %.0f s (bulk INSERT ... SELECT, then VACUUM ANALYZE); table and indexes: %s.",
                loadSeconds,
                jdbc.sql("SELECT pg_size_pretty(pg_total_relation_size('lead'))")
                        .query(String.class)
                        .single());
        print("Load average before measuring: %s.", loadAverage());
        print(
                "%s, %d cores, JVM heap max %d MB (service and benchmark in one JVM).",
                jdbc.sql("SELECT version()").query(String.class).single().split(",")[0],
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        print("");
        print("| grid query (GET /api/leads?...) | caller | total | p50 ms | p95 ms | max ms |");
        print("|---|---|---:|---:|---:|---:|");
        String monthAgo = LocalDate.now(ZoneOffset.UTC).minusDays(30).toString();
        // probes taken from a lead in the middle of the data, so every search finds what users look for
        var sample = jdbc.sql(
                        "SELECT name, document_number, email, phone FROM lead ORDER BY document_number LIMIT 1 OFFSET :n")
                .param("n", leads / 3)
                .query((rs, row) -> new String[] {
                    rs.getString("name"), rs.getString("document_number"), rs.getString("email"), rs.getString("phone")
                })
                .single();
        String[] words = sample[0].split(" ");
        String twoWords = encode(words[1] + " " + words[2]);
        String document = sample[1];
        String email = encode(sample[2].substring(0, sample[2].indexOf('@') + 1));
        String phoneDigits = sample[3].replaceAll("[^0-9]", "").substring(3);
        grid("newest first, page 1", ADMIN, "size=50");
        grid("newest first, page 1", NORTE, "size=50");
        grid("zone + status", ADMIN, "zone=SUR&status=NEW&size=50");
        grid("status (own zones)", NORTE, "status=QUALIFIED&size=50");
        grid("stage (own zones)", NORTE, "stage=PROSPECT&size=50");
        grid("free text: two name words", ADMIN, "q=" + twoWords + "&size=50");
        grid("free text: one common word", ADMIN, "q=gonzalez&size=50");
        grid("free text: one common word", NORTE, "q=gonzalez&size=50");
        grid("free text: document", ADMIN, "q=" + document + "&size=50");
        grid("free text: phone digits", ADMIN, "q=" + phoneDigits + "&size=50");
        grid("free text: e-mail", ADMIN, "q=" + email + "&size=50");
        grid("created in the last 30 days", ADMIN, "createdFrom=" + monthAgo + "&size=50");
        grid("created in the last 30 days", NORTE, "createdFrom=" + monthAgo + "&size=50");
        grid("assignee", ADMIN, "assignee=vendedor7&size=50");
        grid("campaign + stage", ADMIN, "campaign=Verano&stage=PROSPECT&size=50");
        grid("sorted by name", ADMIN, "sort=name,asc&size=50");
        grid("deep page (offset 100,000)", ADMIN, "page=2000&size=50");
        grid("deep page (offset 100,000)", NORTE, "page=2000&size=50");
        print("");
        print("| export (GET /api/leads/export) | caller | rows | MB | seconds | rows/s | peak heap used MB |");
        print("|---|---|---:|---:|---:|---:|---:|");
        export("every lead", ADMIN);
        export("own zones (NORTE and no zone)", NORTE);
        print("");
        print("Load average after measuring: %s.", loadAverage());
        Path out = Path.of("target", "bench", "lead-search.md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    private void grid(String label, TestUser user, String query) {
        long[] millis = new long[RUNS];
        long total = 0;
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long start = System.nanoTime();
            var response = as(user).get("/api/leads?" + query);
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            if (response.status() != 200) {
                throw new IllegalStateException(query + ": " + response);
            }
            total = response.json().get("total").asLong();
            if (i >= WARMUP) {
                millis[i - WARMUP] = elapsed;
            }
        }
        Arrays.sort(millis);
        print(
                "| %s | %s | %,d | %d | %d | %d |",
                label + " `" + query + "`",
                user.zones().length == 0 ? "all zones" : String.join(",", user.zones()),
                total,
                millis[RUNS / 2],
                millis[(int) Math.ceil(RUNS * 0.95) - 1],
                millis[RUNS - 1]);
    }

    private void export(String label, TestUser user) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20); // sampling the heap, not waiting for a result
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        sampler.start();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/leads/export"))
                        .header("Authorization", "Bearer " + user.token())
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long rows = -1;
        long bytes = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = response.body()) {
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
        running.set(false);
        sampler.join();
        print(
                "| %s | %s | %,d | %d | %.1f | %,.0f | %d |",
                label,
                user.zones().length == 0 ? "all zones" : String.join(",", user.zones()),
                rows,
                bytes / (1024 * 1024),
                seconds,
                rows / seconds,
                peak.get() / (1024 * 1024));
    }

    /** The machine is shared: its load is part of every figure. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException unavailable) {
            return String.format(
                    Locale.ROOT,
                    "%.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private void print(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
        report.add(line);
    }
}
