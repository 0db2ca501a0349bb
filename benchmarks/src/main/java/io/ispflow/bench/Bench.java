package io.ispflow.bench;

import io.ispflow.bench.benchmarks.Benchmark;
import io.ispflow.bench.benchmarks.Benchmarks;
import io.ispflow.bench.drills.Drill;
import io.ispflow.bench.drills.DrillVerdict;
import io.ispflow.bench.drills.Drills;
import io.ispflow.bench.report.Machine;
import io.ispflow.bench.report.Report;
import io.ispflow.bench.report.Table;
import io.ispflow.bench.stack.Database;
import io.ispflow.bench.stack.Http;
import io.ispflow.bench.stack.Readiness;
import io.ispflow.bench.stack.StackControl;
import io.ispflow.bench.stack.Tokens;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./bench}: benchmarks and fault drills against the running local stack (./stack). Prints each figure as
 * it is measured and writes the whole run as markdown (benchmarks/target/bench-report.md by default).
 *
 * <p>Exit codes: 0 all went well; 1 a drill lost or duplicated something, or a recovery exceeded its bound;
 * 2 bad arguments or the stack is not running; 3 a benchmark could not run to its end.
 */
public final class Bench {

    static final int OK = 0;
    static final int DRILL_FAILED = 1;
    static final int USAGE = 2;
    static final int BENCHMARK_BROKEN = 3;

    static final String USAGE_TEXT =
            """
            Usage: ./bench [--short] [--report FILE] [COMMAND]

            Benchmarks and fault drills against the running local stack (start it with ./stack first).

            Commands:
              all (default)        every benchmark, then every drill
              benchmarks           every benchmark: gateway intake pipeline search console import startup
              gateway|intake|pipeline|search|console|import|startup
                                   one benchmark (several may be named); console: the web console's lead
                                   grid page (:8086) over the search benchmark's leads, next to the API
              drills               every drill: kafka order-kill postgres catalog poison
              drill NAME...        the named drills
            Options:
              --short              CI sizes (100 submissions, 10 s outage, 20,000 leads, 2,000 import rows, short
                                   windows) instead of the full ones (1,000 submissions, 30 s, 1,000,000 leads, ...)
              --report FILE        where to write the markdown report (default benchmarks/target/bench-report.md)
              --help               this text

            Exit code: 0 all well; 1 a drill lost or duplicated something or a recovery exceeded its bound;
            2 bad arguments or the stack is not running; 3 a benchmark could not run to its end.
            """;

    private Bench() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** The whole CLI, returning the exit code (the end-to-end test calls this with --short). */
    public static int run(String... args) {
        // kafka-clients logs through SLF4J: warnings only, the figures are the output
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        // "unknown topic" while a scratch or dead-letter topic is being created is expected
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka.clients.NetworkClient", "error");
        PrintStream out = System.out;
        Command command;
        try {
            command = Command.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.print(USAGE_TEXT);
            return USAGE;
        }
        if (command.help()) {
            out.print(USAGE_TEXT);
            return OK;
        }
        Http http = new Http();
        StackControl stack = new StackControl(http, Run.ISSUER);
        String notUp = stackNotUp(http, stack);
        if (notUp != null) {
            System.err.println("bench: " + notUp);
            return USAGE;
        }
        Report report = new Report(out);
        Run run = new Run(
                command.sizes(),
                report,
                http,
                new Tokens(http, Run.ISSUER),
                stack,
                Database.fromEnvironment(),
                Long.toString(System.currentTimeMillis(), 36));
        header(run);
        int exit = OK;
        for (Benchmark benchmark : command.benchmarks()) {
            try {
                benchmark.run(run);
            } catch (Exception | AssertionError e) {
                report.line("benchmark %s could not run to its end: %s", benchmark.name(), describe(e));
                e.printStackTrace();
                exit = BENCHMARK_BROKEN;
            }
            // the machine may be shared: its load belongs next to each figure
            report.line("Load average after %s: %s.", benchmark.name(), Machine.loadAverage());
        }
        List<DrillVerdict> verdicts = new ArrayList<>();
        for (Drill drill : command.drills()) {
            DrillVerdict verdict;
            try {
                verdict = drill.run(run);
            } catch (Exception | AssertionError e) {
                e.printStackTrace();
                verdict = DrillVerdict.aborted(drill.name(), "the drill could not run to its end: " + describe(e));
            }
            verdicts.add(verdict);
            report.line("");
            verdict.lines().forEach(report::line);
        }
        if (!verdicts.isEmpty()) {
            report.heading("Drills");
            Table table = new Table("drill", "expected>", "found>", "duplicated>", "lost>", "verdict");
            verdicts.forEach(v ->
                    table.row(v.name(), v.expected(), v.found(), v.duplicated(), v.lost(), v.ok() ? "OK" : "FAILED"));
            report.table(table);
            verdicts.forEach(v -> v.lines().forEach(report::line));
            if (DrillVerdict.exitCode(verdicts) != OK) {
                exit = DRILL_FAILED;
            }
        }
        report.line("");
        report.line("Load average after: %s. Finished %s.", Machine.loadAverage(), now());
        try {
            Path file = command.reportFile();
            report.write(file);
            out.println("bench: report written to " + file.toAbsolutePath().normalize());
        } catch (Exception e) {
            System.err.println("bench: cannot write the report: " + e.getMessage());
        }
        out.println("bench: exit code " + exit);
        return exit;
    }

    /** Null when the stack answers; otherwise the one line telling the user what to do. */
    static String stackNotUp(Http http, StackControl stack) {
        String url = Run.ISSUER + "/stack/processes";
        Http.Response answer = http.send("GET", url, null, java.util.Map.of(), null, java.time.Duration.ofSeconds(10));
        if (answer.status() == 0) {
            return "the local stack is not running (no answer on " + url + "): start it with ./stack first and"
                    + " wait until it prints that it is up";
        }
        if (answer.status() != 200) {
            return "the launcher on :9000 has no process control (" + url + " answered " + answer.status()
                    + "): restart the stack with ./stack, which rebuilds it";
        }
        List<String> dead = stack.processes().stream()
                .filter(p -> !p.alive())
                .map(StackControl.ProcessInfo::name)
                .toList();
        if (!dead.isEmpty()) {
            return "the local stack is running but " + dead + " are not: restart it with ./stack";
        }
        if (!Readiness.isUp(http, StackControl.GATEWAY)) {
            return "the gateway is not ready (" + Run.GATEWAY + "/actuator/health/readiness): wait until ./stack"
                    + " prints that the stack is up";
        }
        return null;
    }

    private static void header(Run run) {
        Report report = run.report();
        report.line("# ISPFlow benchmarks and drills (%s sizes)", run.sizes().name());
        report.line("");
        report.line("- date: %s", now());
        report.line("- machine: %s", Machine.describe());
        report.line("- load average before: %s", Machine.loadAverage());
        report.line("- PostgreSQL: %s", postgresVersion(run));
        report.line("- run id: %s (users, documents and markers of this run carry it)", run.id());
        Table processes = new Table("process at the start", "port>", "ready s>", "memory MB>", "kind");
        for (StackControl.ProcessInfo process : run.stack().processes()) {
            processes.row(
                    process.name(),
                    String.valueOf(process.port()),
                    process.readySeconds(),
                    process.memoryKb() < 0 ? null : (Object) (process.memoryKb() / 1024),
                    process.memoryKind());
        }
        report.table(processes);
    }

    private static String postgresVersion(Run run) {
        try (Connection connection = run.database().connect("postgres");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW server_version")) {
            rows.next();
            return rows.getString(1) + " at " + run.database().describe();
        } catch (Exception e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** What the command line asks for. */
    record Command(boolean help, Sizes sizes, List<Benchmark> benchmarks, List<Drill> drills, Path reportFile) {

        static Command parse(String... args) {
            boolean help = false;
            boolean quick = false;
            Path reportFile = null;
            List<String> words = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--help", "-h", "help" -> help = true;
                    case "--short" -> quick = true;
                    case "--report" -> {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("--report needs a file");
                        }
                        reportFile = Path.of(args[++i]);
                    }
                    default -> {
                        if (args[i].startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        words.add(args[i]);
                    }
                }
            }
            List<Benchmark> benchmarks = new ArrayList<>();
            List<Drill> drills = new ArrayList<>();
            if (words.isEmpty() || words.equals(List.of("all"))) {
                benchmarks.addAll(Benchmarks.all());
                drills.addAll(Drills.all());
            } else if (words.get(0).equals("drill")) {
                if (words.size() == 1) {
                    throw new IllegalArgumentException("drill needs a name: " + names(Drills.all()));
                }
                for (String name : words.subList(1, words.size())) {
                    drills.add(Drills.all().stream()
                            .filter(d -> d.name().equals(name))
                            .findFirst()
                            .orElseThrow(() -> new IllegalArgumentException(
                                    "unknown drill " + name + " (drills: " + names(Drills.all()) + ")")));
                }
            } else {
                for (String word : words) {
                    switch (word) {
                        case "benchmarks" -> benchmarks.addAll(Benchmarks.all());
                        case "drills" -> drills.addAll(Drills.all());
                        default ->
                            benchmarks.add(Benchmarks.all().stream()
                                    .filter(b -> b.name().equals(word))
                                    .findFirst()
                                    .orElseThrow(() -> new IllegalArgumentException("unknown command " + word)));
                    }
                }
            }
            return new Command(
                    help,
                    quick ? Sizes.quick() : Sizes.full(),
                    benchmarks,
                    drills,
                    reportFile != null ? reportFile : defaultReportFile());
        }

        private static Path defaultReportFile() {
            // from the repository root (./bench does cd there) into the module's target; elsewhere, here
            return Files.isRegularFile(Path.of("benchmarks", "pom.xml"))
                    ? Path.of("benchmarks", "target", "bench-report.md")
                    : Path.of("bench-report.md");
        }

        private static String names(List<Drill> drills) {
            return String.join(", ", drills.stream().map(Drill::name).toList());
        }
    }
}
