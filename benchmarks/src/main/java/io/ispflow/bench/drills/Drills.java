package io.ispflow.bench.drills;

import java.util.List;

/** Every drill, in the order {@code ./bench drills} runs them. */
public final class Drills {

    private Drills() {}

    public static List<Drill> all() {
        return List.of(
                new KafkaOutageDrill(),
                new OrderKillDrill(),
                new PostgresRestartDrill(),
                new CatalogOutageDrill(),
                new PoisonMessageDrill());
    }
}
