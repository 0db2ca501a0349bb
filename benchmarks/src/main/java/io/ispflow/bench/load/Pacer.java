package io.ispflow.bench.load;

import java.util.concurrent.TimeUnit;

/**
 * Open-loop pacing: item i is due at start + i / rate, whatever happened to the items before it, so a slow
 * answer does not slow the offered load down (no coordinated omission).
 */
public final class Pacer {

    private final long startNanos;
    private final double perSecond;

    public Pacer(double perSecond) {
        this.startNanos = System.nanoTime();
        this.perSecond = perSecond;
    }

    public long dueNanos(long item) {
        return startNanos + (long) (item * 1e9 / perSecond);
    }

    /** Waits until item is due; returns how late (ns) it is, 0 when on time. */
    public long awaitDue(long item) throws InterruptedException {
        long due = dueNanos(item);
        long now = System.nanoTime();
        if (now < due) {
            // pacing an open-loop load: waiting for a point in time, not for a result
            TimeUnit.NANOSECONDS.sleep(due - now);
            return 0;
        }
        return now - due;
    }
}
