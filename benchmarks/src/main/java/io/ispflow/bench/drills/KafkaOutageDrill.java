package io.ispflow.bench.drills;

import io.ispflow.bench.Run;
import io.ispflow.bench.load.Wait;
import io.ispflow.bench.stack.Metrics;
import io.ispflow.bench.stack.StackControl;
import java.util.List;

/**
 * The broker killed (SIGKILL) for a while during the stream: the wizard keeps answering because the events wait
 * in the outboxes; once the broker is back, every ticket must have exactly one order.
 */
final class KafkaOutageDrill extends StreamDrill {

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    String description(Run run) {
        return "the Kafka broker killed for " + Wait.seconds(run.sizes().kafkaOutage()) + " during "
                + run.sizes().drillSubmissions() + " wizard submissions";
    }

    @Override
    void inject(Run run, WizardStream stream, List<String> problems) {
        step(run, stream, "SIGKILL kafka");
        run.stack().kill(StackControl.KAFKA);
        int before = stream.answered();
        Wait.pause(run.sizes().kafkaOutage());
        double backlog =
                Metrics.scrape(run.http(), Run.service(StackControl.SALES_DESK)).sum("ispflow_outbox_backlog");
        step(
                run,
                stream,
                String.format(
                        "%d submissions answered during the outage; sales desk outbox backlog %s; starting kafka",
                        stream.answered() - before, number(backlog)));
        if (stream.answered() == before) {
            problems.add("no wizard submission was answered while the broker was down");
        }
        timed(run, "kafka ready again", () -> run.stack().start(StackControl.KAFKA));
    }

    @Override
    void restore(Run run) {
        run.stack().ensureStarted(StackControl.KAFKA);
    }
}
