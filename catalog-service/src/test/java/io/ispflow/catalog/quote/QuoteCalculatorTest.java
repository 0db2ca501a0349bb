package io.ispflow.catalog.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.catalog.common.Money;
import io.ispflow.catalog.discount.Discount;
import io.ispflow.catalog.item.RecurringItem;
import io.ispflow.catalog.plan.Plan;
import io.ispflow.catalog.plan.Technology;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quote arithmetic on its own (docs/adr/0006); QuoteIT covers it through HTTP. */
class QuoteCalculatorTest {

    private static Plan plan(String monthly, String installation) {
        return new Plan(
                "PLAN-X",
                "Plan X",
                Technology.FIBER,
                new Plan.Speeds(100, 50),
                Plan.Prices.of(new BigDecimal(monthly), new BigDecimal(installation), "ARS"));
    }

    private static RecurringItem item(String monthly) {
        return new RecurringItem("ITEM-X", "Item X", new Money(new BigDecimal(monthly), "ARS"));
    }

    private static Discount percent(String code, String percent, Integer months) {
        return new Discount(code, code, Discount.Terms.percent(percent, months));
    }

    private static Discount amount(String code, String amount, Integer months) {
        return new Discount(code, code, Discount.Terms.amount(amount, "ARS", months));
    }

    private static List<BigDecimal> totals(Quote quote) {
        return quote.months().stream().map(Quote.MonthTotal::total).toList();
    }

    private static List<BigDecimal> amounts(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void shouldEndAThreeMonthDiscountPartWayThroughASixMonthPeriod() {
        Quote quote = QuoteCalculator.quote(
                plan("20000.00", "25000.00"), List.of(item("3500.00")), List.of(percent("P50", "50", 3)), 6);

        assertThat(totals(quote))
                .containsExactlyElementsOf(
                        amounts("13500.00", "13500.00", "13500.00", "23500.00", "23500.00", "23500.00"));
        assertThat(quote.firstInvoice()).isEqualTo(new BigDecimal("38500.00"));
        assertThat(quote.regularMonthly()).isEqualTo(new BigDecimal("23500.00"));
        assertThat(quote.periodTotal()).isEqualTo(new BigDecimal("111000.00"));
    }

    @Test
    void shouldMakeTheLinesOfMonthOneAddUpToItsTotal() {
        Quote quote = QuoteCalculator.quote(
                plan("12345.67", "0.00"),
                List.of(item("999.99")),
                List.of(percent("P15", "15", 2), percent("P33", "33.33", null), amount("A10", "10.01", 1)),
                3);

        BigDecimal sum = quote.lines().stream().map(Quote.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualTo(quote.monthlyTotal());
        // 15% of 12345.67 = 1851.8505 -> 1851.85; 33.33% = 4114.811811 -> 4114.81
        assertThat(quote.lines())
                .extracting(Quote.Line::amount)
                .containsExactly(
                        new BigDecimal("12345.67"),
                        new BigDecimal("999.99"),
                        new BigDecimal("-1851.85"),
                        new BigDecimal("-4114.81"),
                        new BigDecimal("-10.01"));
        assertThat(totals(quote)).containsExactlyElementsOf(amounts("7368.99", "7379.00", "9230.85"));
    }

    @Test
    void shouldRoundHalfToEven() {
        Quote down = QuoteCalculator.quote(plan("10.25", "0.00"), List.of(), List.of(percent("P50", "50", 1)), 1);
        Quote up = QuoteCalculator.quote(plan("10.35", "0.00"), List.of(), List.of(percent("P50", "50", 1)), 1);

        assertThat(down.lines().get(1).amount()).isEqualTo(new BigDecimal("-5.12"));
        assertThat(up.lines().get(1).amount()).isEqualTo(new BigDecimal("-5.18"));
    }

    @Test
    void shouldNeverTakeThePlanBelowZeroNorTouchItemsOrInstallation() {
        Quote quote = QuoteCalculator.quote(
                plan("5000.00", "25000.00"),
                List.of(item("3500.00")),
                List.of(amount("A7000", "7000", null), percent("P10", "10", null)),
                1);

        assertThat(quote.lines())
                .extracting(Quote.Line::amount)
                .containsExactly(
                        new BigDecimal("5000.00"),
                        new BigDecimal("3500.00"),
                        new BigDecimal("-5000.00"),
                        new BigDecimal("0.00"));
        assertThat(quote.monthlyTotal()).isEqualTo(new BigDecimal("3500.00"));
        assertThat(quote.firstInvoice()).isEqualTo(new BigDecimal("28500.00"));
    }

    @Test
    void shouldDefaultToTheLongestFiniteDiscountWithinOneToThirtySixMonths() {
        assertThat(QuoteCalculator.defaultMonths(List.of())).isEqualTo(1);
        assertThat(QuoteCalculator.defaultMonths(List.of(percent("PERM", "10", null))))
                .isEqualTo(1);
        assertThat(QuoteCalculator.defaultMonths(List.of(percent("THREE", "10", 3), amount("TWELVE", "1", 12))))
                .isEqualTo(12);
        assertThat(QuoteCalculator.defaultMonths(List.of(percent("LONG", "10", 48))))
                .isEqualTo(36);
    }
}
