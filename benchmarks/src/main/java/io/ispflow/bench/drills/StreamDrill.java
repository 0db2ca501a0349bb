package io.ispflow.bench.drills;

import io.ispflow.bench.Run;
import io.ispflow.bench.load.Wait;
import io.ispflow.bench.stack.Metrics;
import io.ispflow.bench.stack.Readiness;
import io.ispflow.bench.stack.StackControl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of the drills that break something under a stream of wizard submissions: start the stream, inject
 * the fault after about a third of it, restore (always, also when the drill fails), let the stream finish,
 * wait (bounded) for the orders to settle, count orders per ticket.
 */
abstract class StreamDrill implements Drill {

    /** How long the stack may take to be fully ready again after a restore. */
    static final Duration RECOVERY = Duration.ofMinutes(4);

    @Override
    public final DrillVerdict run(Run run) throws Exception {
        var sizes = run.sizes();
        run.report().heading("Drill " + name() + ": " + description(run));
        Readiness.awaitAllUp(run.http(), RECOVERY, "before the drill");
        WizardStream stream =
                new WizardStream(run, name(), sizes.drillSubmissions(), sizes.drillRate(), sizes.drillClients());
        List<String> problems = new ArrayList<>();
        stream.start();
        try {
            stream.awaitAnswered(stream.submissions() / 3, stream.expectedLength());
            inject(run, stream, problems);
        } catch (Wait.BoundExceeded | IllegalStateException e) {
            problems.add(e.getMessage());
        } finally {
            try {
                restore(run);
            } catch (RuntimeException e) {
                problems.add("restoring the stack failed: " + e.getMessage());
            }
        }
        try {
            stream.finish(stream.expectedLength());
            afterStream(run, problems);
        } catch (Wait.BoundExceeded | IllegalStateException e) {
            problems.add(e.getMessage());
        }
        run.report().progress("stream done (%d retries); waiting for the orders to settle", stream.retries());
        DrillVerdict verdict = OrdersPerTicket.settle(run, name(), stream, sizes.settle(), problems);
        run.report()
                .line(
                        "%d submissions at %.0f/s from %d clients, %d retries with the same Idempotency-Key;"
                                + " %d tickets acknowledged.",
                        stream.submissions(),
                        sizes.drillRate(),
                        sizes.drillClients(),
                        stream.retries(),
                        stream.acknowledgedTickets().size());
        counters(run);
        return verdict;
    }

    abstract String description(Run run);

    /** Breaks something and (where the drill says so) restores it; runs when a third of the stream is in. */
    abstract void inject(Run run, WizardStream stream, List<String> problems) throws Exception;

    /** Puts back whatever the drill stopped, whether or not it got that far. */
    abstract void restore(Run run);

    /** Checks after the stream, before the count (e.g. readiness without a restart). */
    void afterStream(Run run, List<String> problems) {}

    /** The counters that help read the drill (tolerated when a service does not expose them). */
    static void counters(Run run) {
        double backlog = 0;
        for (String service : List.of(StackControl.LEAD, StackControl.SALES_DESK, StackControl.ORDER)) {
            backlog += Metrics.scrape(run.http(), Run.service(service)).sum("ispflow_outbox_backlog");
        }
        Metrics order = Metrics.scrape(run.http(), Run.service(StackControl.ORDER));
        run.report()
                .line(
                        "Counters now (since order-service's last start): outbox backlog (lead, sales desk, order) %s;"
                                + " ticket.opened.v1 consumed by order-service: %s; dead-lettered %s.",
                        number(backlog), consumed(order), number(order.sum("ispflow_events_dead_lettered_total")));
    }

    /** Per outcome ("applied 667, duplicate 12"): a duplicate is a redelivery the idempotent consumer skipped. */
    private static String consumed(Metrics order) {
        String type = "type=\"ticket.opened.v1\"";
        if (Double.isNaN(order.sum("ispflow_events_consumed_total", type))) {
            return "absent";
        }
        StringBuilder text = new StringBuilder();
        for (String outcome : List.of("applied", "duplicate", "dead-lettered")) {
            double count = order.sum("ispflow_events_consumed_total", type, "outcome=\"" + outcome + "\"");
            if (!Double.isNaN(count)) {
                text.append(text.length() == 0 ? "" : ", ")
                        .append(outcome)
                        .append(' ')
                        .append(number(count));
            }
        }
        return text.toString();
    }

    static String number(double value) {
        return Double.isNaN(value) ? "absent" : String.format("%.0f", value);
    }

    /** Logs a step with the time since the stream started. */
    static void step(Run run, WizardStream stream, String what) {
        run.report().line("- %s (%d of %d submissions answered)", what, stream.answered(), stream.submissions());
    }

    static StackControl.ProcessInfo timed(
            Run run, String what, java.util.function.Supplier<StackControl.ProcessInfo> action) {
        long start = System.nanoTime();
        StackControl.ProcessInfo info = action.get();
        run.report().line("- %s: %.1f s", what, (System.nanoTime() - start) / 1e9);
        return info;
    }
}
