package io.ispflow.bench.benchmarks;

import io.ispflow.bench.Run;
import io.ispflow.bench.report.Table;
import io.ispflow.bench.stack.Readiness;
import io.ispflow.bench.stack.StackControl;
import io.ispflow.bench.stack.StackControl.ProcessInfo;
import java.time.Duration;

/**
 * Issue 10.6: each process stopped (gracefully) and started again through the launcher's control API, one at a
 * time so the starts do not compete for the two cores: seconds until ready (the launcher's readiness probe) and
 * resident memory right after ready, next to its memory before the stop (after the benchmarks had used it).
 * The whole stack's parallel start is what ./stack prints when it comes up.
 */
public final class Startup implements Benchmark {

    private static final Duration RECOVERY = Duration.ofMinutes(4);

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public void run(Run run) throws Exception {
        run.report().heading("Startup time and memory of each process (sequential stop + start)");
        StackControl stack = run.stack();
        Table table = new Table("process", "ready s>", "memory at ready MB>", "memory before the stop MB>", "kind");
        for (String name : run.sizes().startupProcesses()) {
            ProcessInfo before = stack.process(name);
            run.report().progress("stop + start %s", name);
            try {
                stack.stop(name);
                ProcessInfo started = stack.start(name);
                table.row(
                        name,
                        started.readySeconds(),
                        megabytes(started.memoryKb()),
                        megabytes(before.memoryKb()),
                        started.memoryKind());
            } finally {
                stack.ensureStarted(name);
                // a restarted broker or database leaves the services reconnecting for a moment
                Readiness.awaitAllUp(run.http(), RECOVERY, "after restarting " + name);
            }
        }
        run.report().table(table);
    }

    private static Object megabytes(long kb) {
        return kb < 0 ? null : (Object) (kb / 1024);
    }
}
