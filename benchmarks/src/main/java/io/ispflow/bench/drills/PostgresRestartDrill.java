package io.ispflow.bench.drills;

import io.ispflow.bench.Run;
import io.ispflow.bench.load.Wait;
import io.ispflow.bench.stack.Readiness;
import io.ispflow.bench.stack.StackControl;
import io.ispflow.bench.stack.StackControl.ProcessInfo;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL stopped and started again mid-stream: every service must become ready again by itself (same
 * process, no restart), the submissions after it must succeed, and every ticket must have exactly one order.
 */
final class PostgresRestartDrill extends StreamDrill {

    private static final Duration SELF_RECOVERY = Duration.ofMinutes(2);

    private final Map<String, Long> pids = new HashMap<>();

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    String description(Run run) {
        return "PostgreSQL stopped for " + Wait.seconds(run.sizes().postgresOutage()) + " during "
                + run.sizes().drillSubmissions() + " wizard submissions";
    }

    @Override
    void inject(Run run, WizardStream stream, List<String> problems) {
        pids.clear();
        for (ProcessInfo process : run.stack().processes()) {
            pids.put(process.name(), process.pid());
        }
        step(run, stream, "stop postgres");
        timed(run, "postgres stopped", () -> run.stack().stop(StackControl.POSTGRES));
        Wait.pause(run.sizes().postgresOutage());
        step(run, stream, "start postgres after " + Wait.seconds(run.sizes().postgresOutage()) + " down");
        timed(run, "postgres ready again", () -> run.stack().start(StackControl.POSTGRES));
        long start = System.nanoTime();
        try {
            Readiness.awaitAllUp(run.http(), SELF_RECOVERY, "after the PostgreSQL restart, without restarting them");
            run.report().line("- every service ready again %.1f s after PostgreSQL", (System.nanoTime() - start) / 1e9);
        } catch (Wait.BoundExceeded e) {
            problems.add(e.getMessage());
        }
    }

    @Override
    void restore(Run run) {
        run.stack().ensureStarted(StackControl.POSTGRES);
    }

    @Override
    void afterStream(Run run, List<String> problems) {
        for (ProcessInfo process : run.stack().processes()) {
            Long before = pids.get(process.name());
            if (StackControl.SERVICES.contains(process.name()) && before != null && before != process.pid()) {
                problems.add(process.name() + " was restarted (pid " + before + " -> " + process.pid() + ")");
            }
        }
    }
}
