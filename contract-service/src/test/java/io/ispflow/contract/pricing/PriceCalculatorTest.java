package io.ispflow.contract.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.contracts.catalog.DiscountChanged;
import io.ispflow.contracts.catalog.PlanChanged;
import io.ispflow.contracts.catalog.RecurringItemChanged;
import io.ispflow.contracts.contract.PriceLine;
import io.ispflow.contracts.contract.Pricing;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same cents as the catalog's quote (docs/adr/0006). */
class PriceCalculatorTest {

    private static PlanChanged plan(String price, String fee) {
        return new PlanChanged(
                "FIBRA-300",
                "Fibra 300",
                "FIBER",
                300,
                150,
                new BigDecimal(price),
                new BigDecimal(fee),
                "ARS",
                true,
                0,
                OffsetDateTime.now());
    }

    private static RecurringItemChanged item(String code, String price) {
        return new RecurringItemChanged(
                code, "Item " + code, new BigDecimal(price), "ARS", true, 0, OffsetDateTime.now());
    }

    private static DiscountChanged percent(String code, String value, Integer months) {
        return new DiscountChanged(
                code, "Promo " + code, "PERCENT", new BigDecimal(value), null, months, true, 0, OffsetDateTime.now());
    }

    private static DiscountChanged amount(String code, String value, Integer months) {
        return new DiscountChanged(
                code, "Bonif " + code, "AMOUNT", new BigDecimal(value), "ARS", months, true, 0, OffsetDateTime.now());
    }

    private static List<String> lines(Pricing pricing) {
        return pricing.lines().stream()
                .map(line -> line.kind() + " " + line.code() + " "
                        + line.monthlyAmount().toPlainString() + " " + line.months())
                .toList();
    }

    @Test
    void shouldPriceThePlanItemsAndDiscountsOfMonthOne() {
        Pricing pricing = PriceCalculator.price(
                plan("24900", "25000"), List.of(item("ROUTER", "3500.00")), List.of(percent("PROMO-3M", "50", 3)));

        assertThat(lines(pricing))
                .containsExactly(
                        "PLAN FIBRA-300 24900.00 null", "ITEM ROUTER 3500.00 null", "DISCOUNT PROMO-3M -12450.00 3");
        assertThat(pricing.currency()).isEqualTo("ARS");
        assertThat(pricing.installationFee()).isEqualTo(new BigDecimal("25000.00"));
        assertThat(pricing.firstMonthTotal()).isEqualTo(new BigDecimal("15950.00"));
        assertThat(pricing.regularMonthlyTotal()).isEqualTo(new BigDecimal("28400.00"));
    }

    @Test
    void shouldRoundEachPercentageLineHalfEven() {
        // 50% of 10.25 is 5.125: the line is -5.12 (half-even), the month 5.13
        Pricing pricing = PriceCalculator.price(plan("10.25", "0"), List.of(), List.of(percent("HALF", "50", null)));

        assertThat(pricing.lines().get(1).monthlyAmount()).isEqualTo(new BigDecimal("-5.12"));
        assertThat(pricing.firstMonthTotal()).isEqualTo(new BigDecimal("5.13"));
        assertThat(pricing.regularMonthlyTotal()).isEqualTo(new BigDecimal("5.13"));
    }

    @Test
    void shouldAddPercentagesAndNeverTakeThePlanBelowZero() {
        Pricing pricing = PriceCalculator.price(
                plan("1000.00", "0"),
                List.of(item("IP-FIJA", "500.00")),
                List.of(percent("A", "50", 2), percent("B", "30", null), amount("C", "300.00", 1)));

        assertThat(pricing.lines())
                .extracting(PriceLine::monthlyAmount)
                .containsExactly(
                        new BigDecimal("1000.00"),
                        new BigDecimal("500.00"),
                        new BigDecimal("-500.00"),
                        new BigDecimal("-300.00"),
                        new BigDecimal("-200.00")); // cut to what was left of the plan
        assertThat(pricing.firstMonthTotal()).isEqualTo(new BigDecimal("500.00"));
        // after month 2 only the permanent 30% applies
        assertThat(pricing.regularMonthlyTotal()).isEqualTo(new BigDecimal("1200.00"));
    }

    @Test
    void shouldTakeAFixedAmountAsIs() {
        Pricing pricing = PriceCalculator.price(plan("24900.00", "0"), List.of(), List.of(amount("BONIF", "2000", 6)));

        assertThat(pricing.lines().get(1).monthlyAmount()).isEqualTo(new BigDecimal("-2000.00"));
        assertThat(pricing.lines().get(1).months()).isEqualTo(6);
        assertThat(pricing.firstMonthTotal()).isEqualTo(new BigDecimal("22900.00"));
        assertThat(pricing.regularMonthlyTotal()).isEqualTo(new BigDecimal("24900.00"));
    }
}
