package io.ispflow.bench.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DrillVerdictTest {

    @Test
    void shouldPassWhenEveryTicketHasExactlyOneOrder() {
        DrillVerdict verdict = DrillVerdict.ofCounts("kafka", orders(1, 1, 1), List.of());

        assertThat(verdict.ok()).isTrue();
        assertThat(verdict.lines()).containsExactly("drill kafka: expected 3, found 3, duplicated 0, lost 0 -> OK");
        assertThat(DrillVerdict.exitCode(List.of(verdict))).isZero();
    }

    @Test
    void shouldCountTicketsWithoutOrderAsLostAndExtraOrdersAsDuplicated() {
        DrillVerdict verdict = DrillVerdict.ofCounts("order-kill", orders(1, 0, 3, 2), List.of());

        assertThat(verdict.expected()).isEqualTo(4);
        assertThat(verdict.found()).isEqualTo(3);
        assertThat(verdict.lost()).isEqualTo(1);
        assertThat(verdict.duplicated()).isEqualTo(3);
        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.lines().get(0)).endsWith("duplicated 3, lost 1 -> FAILED");
        assertThat(DrillVerdict.exitCode(List.of(verdict))).isEqualTo(1);
    }

    @Test
    void shouldFailOnAnExceededBoundEvenWithNothingLost() {
        DrillVerdict verdict =
                DrillVerdict.ofCounts("postgres", orders(1, 1), List.of("every service ready: not within 120 s"));

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.lines())
                .containsExactly(
                        "drill postgres: expected 2, found 2, duplicated 0, lost 0 -> FAILED",
                        "  problem: every service ready: not within 120 s");
    }

    @Test
    void shouldFoldInTicketsLostOrDuplicatedBeforeTheOrders() {
        DrillVerdict verdict = DrillVerdict.ofCounts("kafka", orders(1, 1), List.of())
                .plus(1, 2, List.of("1 more tickets than submissions"));

        assertThat(verdict.duplicated()).isEqualTo(1);
        assertThat(verdict.lost()).isEqualTo(2);
        assertThat(verdict.problems()).containsExactly("1 more tickets than submissions");
        assertThat(verdict.ok()).isFalse();
    }

    @Test
    void shouldFailTheRunWhenAnyDrillFailed() {
        DrillVerdict passed = new DrillVerdict("catalog", 20, 20, 0, 0, List.of());
        DrillVerdict aborted = DrillVerdict.aborted("poison", "the drill could not run to its end: boom");

        assertThat(aborted.ok()).isFalse();
        assertThat(DrillVerdict.exitCode(List.of(passed))).isZero();
        assertThat(DrillVerdict.exitCode(List.of(passed, aborted))).isEqualTo(1);
    }

    @Test
    void shouldFailWhenFewerWereFoundThanExpected() {
        assertThat(new DrillVerdict("catalog", 20, 19, 0, 0, List.of()).ok()).isFalse();
    }

    private static Map<String, Integer> orders(int... perTicket) {
        Map<String, Integer> orders = new LinkedHashMap<>();
        for (int i = 0; i < perTicket.length; i++) {
            orders.put("ticket-" + i, perTicket[i]);
        }
        return orders;
    }
}
