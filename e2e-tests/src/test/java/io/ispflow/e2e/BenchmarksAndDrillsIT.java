package io.ispflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.bench.Bench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The short variant of {@code ./bench} on a fresh local stack, so a regression in the reliability rules shows in CI:
 * every benchmark at small sizes (their figures are printed, never compared: this is no place for timed assertions),
 * then every fault drill (Kafka killed during a stream of wizard submissions, order-service SIGKILLed, PostgreSQL
 * restarted, the catalog stopped, a poison message). The tool's exit code is not 0 when a drill lost or duplicated
 * something, a recovery exceeded its bound, or a benchmark could not run to its end; its report is kept in
 * e2e-tests/target/bench/bench-report.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchmarksAndDrillsIT {

    private LocalStackProcess stack;
    private Path workDir;

    @BeforeAll
    void startTheStack() {
        Path repoRoot = Path.of(System.getProperty("ispflow.repo.root", ".."))
                .toAbsolutePath()
                .normalize();
        workDir = repoRoot.resolve("e2e-tests/target/bench");
        stack = new LocalStackProcess(repoRoot, workDir);
        try {
            // the stack as ./stack runs it: default rate limits and JVM options
            stack.start(Map.of());
        } catch (Throwable e) {
            System.err.println(stack.diagnostics(80));
            stack.close();
            throw e;
        }
    }

    @AfterAll
    void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldLoseAndDuplicateNothingWhenTheDrillsBreakTheStack() throws Exception {
        Path report = workDir.resolve("bench-report.md");

        int exit = Bench.run("--short", "--report", report.toString());

        if (exit != 0) {
            System.err.println(stack.diagnostics(60));
        }
        assertThat(exit)
                .as("./bench --short exit code (1: a drill lost or duplicated something or did not recover in"
                        + " time; 3: a benchmark broke). Report: " + report)
                .isZero();
        assertThat(Files.readString(report))
                .contains("drill kafka: expected")
                .contains("drill order-kill: expected")
                .contains("drill postgres: expected")
                .contains("drill catalog: expected")
                .contains("drill poison: expected")
                .doesNotContain("FAILED");
    }
}
