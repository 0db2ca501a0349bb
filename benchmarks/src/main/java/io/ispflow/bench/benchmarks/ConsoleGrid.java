package io.ispflow.bench.benchmarks;

import io.ispflow.bench.Run;
import io.ispflow.bench.load.LongList;
import io.ispflow.bench.report.Latency;
import io.ispflow.bench.report.Table;
import io.ispflow.bench.stack.ConsoleSession;
import io.ispflow.bench.stack.Http;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lead grid page of the web console (:8086, a backend-for-frontend rendering HTML on the gateway's API) over the
 * search benchmark's bulk-loaded leads (a million; short: 20,000; loaded once per run, by whichever of the two runs
 * first). Two people sign in like a browser (cookie jar, redirects followed by hand, the dev OpenID provider's
 * sign-in form): marta, a manager who sees every zone, and ana, a NORTE salesperson. Each of the search benchmark's
 * grid queries is asked as the console's page ({@code GET /leads?...}, 20 rows with the total, the filters, the
 * header) and, in the same loop, straight on the gateway's API ({@code GET /api/leads?...}, same query and page
 * size, a manager's and a NORTE salesperson's token), alternating, one request at a time: the latency one person
 * sees, and the console's own share of it. Every page must answer 200 with the grid and its total; anything else is
 * counted as a failure. Target: the page's p95 at most 150 ms at a million leads.
 */
public final class ConsoleGrid implements Benchmark {

    /** The console's default page size: what a person sees first. */
    static final int PAGE_SIZE = 20;

    static final double TARGET_P95_MS = 150;
    static final long TARGET_LEADS = 1_000_000;

    private static final String MANAGER_LOGIN = "marta";
    private static final String NORTE_LOGIN = "ana";
    private static final String GRID = "<table class=\"grid\"";
    private static final Pattern COUNT = Pattern.compile("<p class=\"count\"[^>]*>([^<]*)</p>");
    private static final Pattern LAST_NUMBER = Pattern.compile("([0-9][0-9.,\\u00a0\\u202f ]*)\\s*$");

    @Override
    public String name() {
        return "console";
    }

    @Override
    public void run(Run run) throws Exception {
        var sizes = run.sizes();
        long leads = sizes.leads();
        run.report().heading(String.format("Console lead grid: %,d bulk-loaded leads, the page and the API", leads));
        Http.Response health =
                run.http().send("GET", Run.CONSOLE + "/actuator/health", null, Map.of(), null, Duration.ofSeconds(10));
        if (health.status() != 200 || !health.body().contains("\"UP\"")) {
            throw new IllegalStateException("the console is not up (" + Run.CONSOLE + "/actuator/health answered "
                    + health + "): ./stack starts it once its jar is built (./mvnw -DskipTests -pl console -am"
                    + " package)");
        }
        LeadBulkLoad.ensure(run, leads);
        List<GridQueries.GridQuery> queries = GridQueries.of(run, leads);

        long start = System.nanoTime();
        ConsoleSession manager = ConsoleSession.signIn(Run.CONSOLE, "/leads", MANAGER_LOGIN);
        double managerMs = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        ConsoleSession norte = ConsoleSession.signIn(Run.CONSOLE, "/leads", NORTE_LOGIN);
        double norteMs = (System.nanoTime() - start) / 1e6;
        run.report()
                .line(
                        "Signed in like a browser: %s (manager, all zones) in %.0f ms, %s (NORTE salesperson) in %.0f"
                                + " ms (GET /leads -> /oauth2/authorization/ispflow -> the provider's sign-in form,"
                                + " posted with its hidden fields and the demo user -> /login/oauth2/code/ispflow ->"
                                + " /leads, with the %s cookie).",
                        MANAGER_LOGIN, managerMs, NORTE_LOGIN, norteMs, ConsoleSession.SESSION_COOKIE);

        Table table = new Table(
                "grid page (GET /leads?...)",
                "caller",
                "total>",
                "API p50 ms>",
                "API p95 ms>",
                "API p99 ms>",
                "page p50 ms>",
                "page p95 ms>",
                "page p99 ms>",
                "console's share p50 ms>",
                "failed");
        Figures all = new Figures();
        Figures allManager = new Figures();
        Figures allNorte = new Figures();
        for (GridQueries.GridQuery query : queries) {
            ConsoleSession session = query.allZones() ? manager : norte;
            Figures figures = measure(run, query, session);
            all.add(figures);
            (query.allZones() ? allManager : allNorte).add(figures);
            Latency api = figures.api();
            Latency page = figures.page();
            run.report()
                    .progress(
                            "%s `%s` as %s: page p50 %.1f p95 %.1f ms, API p50 %.1f p95 %.1f ms, total %,d%s",
                            query.label(),
                            query.query(PAGE_SIZE),
                            session.username(),
                            page.p50(),
                            page.p95(),
                            api.p50(),
                            api.p95(),
                            figures.total,
                            figures.failures.isEmpty() ? "" : ", failed " + figures.failures);
            figures.row(
                    table,
                    query.label() + " `" + query.query(PAGE_SIZE) + "`",
                    session.username() + " (" + GridQueries.caller(query.caller()) + ")",
                    figures.total < 0 ? null : (Object) figures.total);
        }
        allManager.row(table, "all pages", MANAGER_LOGIN + " (all zones)", null);
        allNorte.row(table, "all pages", NORTE_LOGIN + " (" + GridQueries.NORTE.zones() + ")", null);
        all.row(table, "all pages", "both", null);
        run.report()
                .line(
                        "Pages of %d: the console's page through the console (:8086) and the gateway (:8080), next to"
                                + " the same query straight on the gateway's API (the search benchmark's users), %d"
                                + " warm-up + %d measured runs of each query, page and API call alternating, one"
                                + " request at a time. A page counts when it answers 200 with the grid and its total.",
                        PAGE_SIZE, sizes.gridWarmup(), sizes.gridRuns());
        run.report().table(table);

        Latency api = all.api();
        Latency page = all.page();
        run.report()
                .line(
                        "The console's own share (page minus API, same queries, same run): p50 %+.1f ms, p95 %+.1f ms;"
                                + " a page is %.0f KB of HTML on average. Failed: %s of %,d measured requests.",
                        page.p50() - api.p50(),
                        page.p95() - api.p95(),
                        all.pages == 0 ? Double.NaN : all.pageBytes / 1024.0 / all.pages,
                        all.failures.isEmpty() ? "none" : all.failed() + " " + all.failures,
                        all.apiSamples.size() + all.pageSamples.size() + all.failed());
        run.report()
                .line(
                        "Target: console grid p95 <= %.0f ms at %,d leads. Measured: p95 %.1f ms over %,d pages at %,d"
                                + " leads -> %s%s.",
                        TARGET_P95_MS,
                        TARGET_LEADS,
                        page.p95(),
                        page.count(),
                        leads,
                        verdict(page.p95()),
                        leads < TARGET_LEADS
                                ? String.format(" (short sizes: %,d leads, not the target's %,d)", leads, TARGET_LEADS)
                                : "");
        if (all.pageSamples.size() == 0) {
            throw new IllegalStateException("no console page answered with the grid: " + all.failures);
        }
    }

    static String verdict(double p95) {
        return Double.isNaN(p95) ? "no figure" : p95 <= TARGET_P95_MS ? "met" : "MISSED";
    }

    /** One query: warm-up, then the measured runs, page and API alternating so neither always goes second. */
    private static Figures measure(Run run, GridQueries.GridQuery query, ConsoleSession session) {
        var sizes = run.sizes();
        String token = run.token(query.caller());
        String apiUrl = run.gateway("/api/leads?" + query.query(PAGE_SIZE));
        String pagePath = "/leads?" + query.query(PAGE_SIZE);
        Figures figures = new Figures();
        for (int i = 0; i < sizes.gridWarmup() + sizes.gridRuns(); i++) {
            boolean measured = i >= sizes.gridWarmup();
            boolean apiFirst = i % 2 == 0;
            for (int leg = 0; leg < 2; leg++) {
                if ((leg == 0) == apiFirst) {
                    long start = System.nanoTime();
                    Http.Response response = run.http().get(apiUrl, token);
                    long elapsed = System.nanoTime() - start;
                    String failure = response.status() == 200 ? null : "API " + GatewayOverhead.label(response);
                    figures.record(measured, figures.apiSamples, elapsed, failure);
                } else {
                    long start = System.nanoTime();
                    Http.Response response = session.get(pagePath);
                    long elapsed = System.nanoTime() - start;
                    String failure = pageProblem(response);
                    if (failure == null) {
                        figures.total = pageTotal(response.body());
                        if (measured) {
                            figures.pages++;
                            figures.pageBytes += response.body().length();
                        }
                    }
                    figures.record(measured, figures.pageSamples, elapsed, failure == null ? null : "page " + failure);
                }
            }
        }
        return figures;
    }

    /** Null when the page is a grid page: 200, the grid table, the "1–20 de N" line. */
    static String pageProblem(Http.Response response) {
        if (response.status() == 0) {
            return "no answer";
        }
        if (response.status() != 200) {
            return Integer.toString(response.status());
        }
        String body = response.body() == null ? "" : response.body();
        if (!body.contains(GRID)) {
            return "200 without the grid";
        }
        if (pageTotal(body) < 0) {
            return "200 without the total";
        }
        return null;
    }

    /** The total of the page's count line ("1–20 de 1.012.337", or "of 1,012,337" in English), or -1. */
    static long pageTotal(String html) {
        Matcher count = COUNT.matcher(html == null ? "" : html);
        if (!count.find()) {
            return -1;
        }
        Matcher number = LAST_NUMBER.matcher(count.group(1).strip());
        if (!number.find()) {
            return -1;
        }
        String digits = number.group(1).replaceAll("[^0-9]", "");
        return digits.isEmpty() ? -1 : Long.parseLong(digits);
    }

    /** The samples of one query, or of several added up. */
    private static final class Figures {
        private final LongList apiSamples = new LongList();
        private final LongList pageSamples = new LongList();
        private final Map<String, Long> failures = new TreeMap<>();
        private long total = -1;
        private long pages;
        private long pageBytes;

        void record(boolean measured, LongList samples, long nanos, String failure) {
            if (!measured) {
                return;
            }
            if (failure == null) {
                samples.add(nanos);
            } else {
                failures.merge(failure, 1L, Long::sum);
            }
        }

        void add(Figures other) {
            apiSamples.addAll(other.apiSamples);
            pageSamples.addAll(other.pageSamples);
            other.failures.forEach((label, count) -> failures.merge(label, count, Long::sum));
            pages += other.pages;
            pageBytes += other.pageBytes;
        }

        long failed() {
            return failures.values().stream().mapToLong(Long::longValue).sum();
        }

        Latency api() {
            return Latency.ofNanos(apiSamples.toArray());
        }

        Latency page() {
            return Latency.ofNanos(pageSamples.toArray());
        }

        void row(Table table, String label, String caller, Object total) {
            Latency api = api();
            Latency page = page();
            table.row(
                    label,
                    caller,
                    total,
                    api.p50(),
                    api.p95(),
                    api.p99(),
                    page.p50(),
                    page.p95(),
                    page.p99(),
                    page.p50() - api.p50(),
                    failures.isEmpty() ? "0" : failures.toString());
        }
    }
}
