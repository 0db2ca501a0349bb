package io.ispflow.bench.benchmarks;

import io.ispflow.bench.Run;

/** A benchmark prints figures into the run's report and asserts nothing. */
public interface Benchmark {

    /** The name on the command line: {@code ./bench <name>}. */
    String name();

    void run(Run run) throws Exception;
}
