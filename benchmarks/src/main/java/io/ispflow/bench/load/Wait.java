package io.ispflow.bench.load;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Bounded polling: every wait of the bench has a bound, and exceeding it names the bound. */
public final class Wait {

    /** A bound was exceeded: the message says which. */
    public static final class BoundExceeded extends RuntimeException {
        public BoundExceeded(String message) {
            super(message);
        }
    }

    private Wait() {}

    /**
     * Polls {@code probe} every {@code interval} until it returns a non-null value (returned), throwing
     * {@link BoundExceeded} after {@code bound}. A probe that throws counts as "not yet"; the last failure is
     * in the message.
     */
    public static <T> T until(String what, Duration bound, Duration interval, Supplier<T> probe) {
        long deadline = System.nanoTime() + bound.toNanos();
        String last = null;
        while (true) {
            try {
                T value = probe.get();
                if (value != null) {
                    return value;
                }
            } catch (RuntimeException e) {
                last = e.getMessage();
            }
            if (System.nanoTime() >= deadline) {
                throw new BoundExceeded(
                        what + ": not within " + seconds(bound) + (last == null ? "" : " (last: " + last + ")"));
            }
            pause(interval);
        }
    }

    public static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** Between two polls of the stack: there is nothing to wait on but time. */
    public static void pause(Duration interval) {
        try {
            TimeUnit.NANOSECONDS.sleep(interval.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
