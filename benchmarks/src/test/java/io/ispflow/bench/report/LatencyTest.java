package io.ispflow.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyTest {

    @Test
    void shouldTakeNearestRankPercentilesOfSortedSamples() {
        long[] oneToHundred = LongStream.rangeClosed(1, 100).toArray();

        assertThat(Latency.percentile(oneToHundred, 50)).isEqualTo(50);
        assertThat(Latency.percentile(oneToHundred, 95)).isEqualTo(95);
        assertThat(Latency.percentile(oneToHundred, 99)).isEqualTo(99);
        assertThat(Latency.percentile(oneToHundred, 100)).isEqualTo(100);
    }

    @Test
    void shouldRoundTheRankUpForFewSamples() {
        long[] three = {10, 20, 30};

        assertThat(Latency.percentile(three, 50)).isEqualTo(20);
        assertThat(Latency.percentile(three, 99)).isEqualTo(30);
        assertThat(Latency.percentile(new long[] {7}, 0)).isEqualTo(7);
    }

    @Test
    void shouldSortUnorderedNanosAndReportMilliseconds() {
        long[] nanos = {5_000_000, 1_000_000, 3_000_000, 2_000_000, 4_000_000};

        Latency latency = Latency.ofNanos(nanos);

        assertThat(latency.count()).isEqualTo(5);
        assertThat(latency.p50()).isEqualTo(3.0);
        assertThat(latency.p95()).isEqualTo(5.0);
        assertThat(latency.p99()).isEqualTo(5.0);
        assertThat(latency.max()).isEqualTo(5.0);
        assertThat(nanos[0]).as("the caller's array is left alone").isEqualTo(5_000_000);
    }

    @Test
    void shouldGiveNoFiguresWithoutSamples() {
        assertThat(Latency.ofNanos(new long[0])).isEqualTo(Latency.NONE);
        assertThat(Latency.ofMillis(new double[0]).p50()).isNaN();
        assertThatThrownBy(() -> Latency.percentile(new long[0], 50)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKeepSubMillisecondPrecisionFromMillis() {
        Latency latency = Latency.ofMillis(new double[] {0.25, 0.75});

        assertThat(latency.p50()).isEqualTo(0.25);
        assertThat(latency.max()).isEqualTo(0.75);
    }
}
