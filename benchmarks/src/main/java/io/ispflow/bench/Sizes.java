package io.ispflow.bench;

import io.ispflow.bench.stack.StackControl;
import java.time.Duration;
import java.util.List;

/**
 * How much each benchmark and drill does: the full sizes of the issue, or the short ones CI runs so that
 * regressions show (minutes, not an hour). docs/benchmarks.md lists both.
 */
public record Sizes(
        String name,
        int concurrency,
        Duration warmup,
        Duration gatewayRound,
        int gatewayRounds,
        Duration intake,
        List<Integer> intakeClients,
        Duration intakeStep,
        Duration postgresInserts,
        double pipelineRate,
        Duration pipelineDuration,
        int activations,
        int kafkaRecords,
        long leads,
        int gridWarmup,
        int gridRuns,
        int importRows,
        List<String> startupProcesses,
        int drillSubmissions,
        double drillRate,
        int drillClients,
        Duration kafkaOutage,
        Duration postgresOutage,
        Duration settle,
        int catalogLeads,
        int quotes) {

    public static Sizes full() {
        return new Sizes(
                "full",
                16,
                Duration.ofSeconds(10),
                Duration.ofSeconds(10),
                3,
                Duration.ofSeconds(60),
                List.of(1, 4, 16, 64),
                Duration.ofSeconds(15),
                Duration.ofSeconds(20),
                5,
                Duration.ofSeconds(60),
                20,
                200_000,
                1_000_000,
                3,
                20,
                20_000,
                StackControl.ALL,
                1000,
                10,
                4,
                Duration.ofSeconds(30),
                Duration.ofSeconds(15),
                Duration.ofMinutes(5),
                100,
                10);
    }

    /** CI: the same code paths with small counts and short windows. */
    public static Sizes quick() {
        return new Sizes(
                "short",
                8,
                Duration.ofSeconds(3),
                Duration.ofSeconds(3),
                2,
                Duration.ofSeconds(10),
                List.of(1, 8, 32),
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                2,
                Duration.ofSeconds(10),
                3,
                20_000,
                20_000,
                1,
                5,
                2_000,
                List.of(StackControl.KAFKA, StackControl.GATEWAY),
                100,
                5,
                4,
                Duration.ofSeconds(10),
                Duration.ofSeconds(5),
                Duration.ofMinutes(3),
                20,
                5);
    }
}
