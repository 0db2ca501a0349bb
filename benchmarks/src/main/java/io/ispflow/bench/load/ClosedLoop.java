package io.ispflow.bench.load;

import io.ispflow.bench.report.Latency;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Closed-loop load: a fixed number of workers, each sending its next request as soon as the last one answered,
 * first for a warm-up (not recorded), then for the measured duration. Throughput is the requests completed in
 * the measured window over its length; latency is every successful request's, from send to full answer.
 */
public final class ClosedLoop {

    /** One request; returns null when it succeeded, else a short failure label ("429", "no answer", ...). */
    @FunctionalInterface
    public interface Call {
        String call() throws Exception;
    }

    /** What the measured window saw. */
    public record Result(
            int concurrency, long ok, Map<String, Long> failures, double seconds, Latency latency, long[] samples) {

        public double perSecond() {
            return ok / seconds;
        }

        public long failed() {
            return failures.values().stream().mapToLong(Long::longValue).sum();
        }

        public String failureSummary() {
            return failures.isEmpty() ? "none" : failures.toString();
        }
    }

    private ClosedLoop() {}

    /**
     * @param calls makes worker i's call (so each worker can have its own user, connection, counter)
     */
    public static Result run(int concurrency, Duration warmup, Duration measure, IntFunction<Call> calls)
            throws InterruptedException {
        long measureStart = System.nanoTime() + warmup.toNanos();
        long measureEnd = measureStart + measure.toNanos();
        List<WorkerState> states = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            WorkerState state = new WorkerState(calls.apply(i));
            states.add(state);
            Thread thread = new Thread(() -> state.loop(measureStart, measureEnd), "load-" + i);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        LongList samples = new LongList();
        Map<String, Long> failures = new TreeMap<>();
        long ok = 0;
        for (WorkerState state : states) {
            samples.addAll(state.samples);
            ok += state.samples.size();
            state.failures.forEach((label, count) -> failures.merge(label, count, Long::sum));
        }
        long[] all = samples.toArray();
        return new Result(concurrency, ok, failures, measure.toNanos() / 1e9, Latency.ofNanos(all), all);
    }

    private static final class WorkerState {
        private final Call call;
        private final LongList samples = new LongList();
        private final Map<String, Long> failures = new TreeMap<>();

        WorkerState(Call call) {
            this.call = call;
        }

        void loop(long measureStart, long measureEnd) {
            while (true) {
                long start = System.nanoTime();
                if (start >= measureEnd) {
                    return;
                }
                String failure;
                try {
                    failure = call.call();
                } catch (Exception e) {
                    failure = e.getClass().getSimpleName();
                }
                long end = System.nanoTime();
                // counted when it completed inside the window (a request straddling the start counts, one
                // straddling the end does not: in a steady state the two cancel out)
                if (end >= measureStart && end < measureEnd) {
                    if (failure == null) {
                        samples.add(end - start);
                    } else {
                        failures.merge(failure, 1L, Long::sum);
                    }
                }
            }
        }
    }
}
