package io.ispflow.bench.stack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsTest {

    private static final String SCRAPE =
            """
            # HELP ispflow_events_consumed_total Events consumed
            # TYPE ispflow_events_consumed_total counter
            ispflow_events_consumed_total{outcome="processed",type="ticket.opened.v1"} 12.0
            ispflow_events_consumed_total{outcome="duplicate",type="ticket.opened.v1"} 3.0
            ispflow_events_consumed_total{outcome="processed",type="contract.created.v1"} 5.0
            ispflow_outbox_backlog 0.0
            ispflow_outbox_backlog_other 9.0
            """;

    @Test
    void shouldSumTheSeriesWhoseLabelsMatch() {
        Metrics metrics = Metrics.parse(SCRAPE);

        assertThat(metrics.sum("ispflow_events_consumed_total")).isEqualTo(20.0);
        assertThat(metrics.sum("ispflow_events_consumed_total", "type=\"ticket.opened.v1\""))
                .isEqualTo(15.0);
        assertThat(metrics.sum("ispflow_events_consumed_total", "type=\"ticket.opened.v1\"", "outcome=\"duplicate\""))
                .isEqualTo(3.0);
        assertThat(metrics.sum("ispflow_outbox_backlog")).isZero();
    }

    @Test
    void shouldReadAbsentMetricsAsNotANumber() {
        assertThat(Metrics.parse(SCRAPE).sum("ispflow_events_published_total")).isNaN();
        assertThat(Metrics.parse("").sum("anything")).isNaN();
    }
}
