package io.ispflow.bench.benchmarks;

import java.util.List;

/** Every benchmark, in the order {@code ./bench benchmarks} runs them (startup last: it restarts everything). */
public final class Benchmarks {

    private Benchmarks() {}

    public static List<Benchmark> all() {
        return List.of(
                new GatewayOverhead(),
                new LeadIntake(),
                new PipelineLatency(),
                new LeadSearch(),
                new ConsoleGrid(),
                new LeadImport(),
                new Startup());
    }
}
