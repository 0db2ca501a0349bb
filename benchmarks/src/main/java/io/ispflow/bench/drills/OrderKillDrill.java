package io.ispflow.bench.drills;

import io.ispflow.bench.Run;
import io.ispflow.bench.stack.StackControl;
import java.util.List;

/**
 * The order service killed (SIGKILL) mid-stream and started again: the ticket events it had not committed are
 * redelivered, and the idempotent consumer must make exactly one order per ticket, none lost.
 */
final class OrderKillDrill extends StreamDrill {

    @Override
    public String name() {
        return "order-kill";
    }

    @Override
    String description(Run run) {
        return "order-service SIGKILLed and restarted during " + run.sizes().drillSubmissions() + " wizard submissions";
    }

    @Override
    void inject(Run run, WizardStream stream, List<String> problems) {
        step(run, stream, "SIGKILL order-service, then start it");
        run.stack().kill(StackControl.ORDER);
        timed(run, "order-service ready again", () -> run.stack().start(StackControl.ORDER));
    }

    @Override
    void restore(Run run) {
        run.stack().ensureStarted(StackControl.ORDER);
    }
}
