package io.ispflow.bench.report;

import java.util.Arrays;

/**
 * Latency percentiles from every recorded sample (nearest rank on the sorted samples: p99 of 200 samples is
 * the 198th smallest), in milliseconds.
 */
public record Latency(int count, double p50, double p95, double p99, double max) {

    public static final Latency NONE = new Latency(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public static Latency ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return NONE;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latency(
                sorted.length,
                percentile(sorted, 50) / 1e6,
                percentile(sorted, 95) / 1e6,
                percentile(sorted, 99) / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    public static Latency ofMillis(double[] millis) {
        long[] nanos = new long[millis.length];
        for (int i = 0; i < millis.length; i++) {
            nanos[i] = Math.round(millis[i] * 1e6);
        }
        return ofNanos(nanos);
    }

    /** Nearest-rank percentile of sorted samples: the smallest sample with at least p % of them at or below. */
    public static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1];
    }
}
