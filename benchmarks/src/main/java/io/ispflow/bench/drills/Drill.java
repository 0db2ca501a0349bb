package io.ispflow.bench.drills;

import io.ispflow.bench.Run;

/**
 * A scripted, bounded, self-checking fault drill: it breaks something on purpose, restores it (also when it
 * fails), and counts what was lost or duplicated.
 */
public interface Drill {

    /** The name on the command line: {@code ./bench drill <name>}. */
    String name();

    DrillVerdict run(Run run) throws Exception;
}
