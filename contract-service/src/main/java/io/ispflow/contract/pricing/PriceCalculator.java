package io.ispflow.contract.pricing;

import io.ispflow.contracts.catalog.DiscountChanged;
import io.ispflow.contracts.catalog.PlanChanged;
import io.ispflow.contracts.catalog.RecurringItemChanged;
import io.ispflow.contracts.contract.PriceLine;
import io.ispflow.contracts.contract.Pricing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of frozen prices: the same rules as the catalog's quote (docs/adr/0006), so a
 * contract reproduces the quote the customer saw to the cent.
 *
 * <ul>
 *   <li>Amounts are exact, scale 2. Only a percentage can produce more decimals: each percentage line
 *       is rounded HALF_EVEN on its own; every total is the exact sum of its rounded lines.
 *   <li>Discounts reduce the plan's monthly price only, in the order the offer lists them; the one that
 *       would take the plan below zero is cut to what is left. A discount of N months applies to months
 *       1..N, a permanent one (null months) to every month.
 *   <li>The lines are those of month 1 (a discount as a negative line with its months);
 *       {@code firstMonthTotal} is month 1 (the installation fee is apart, never discounted) and
 *       {@code regularMonthlyTotal} the month after the longest finite discount.
 * </ul>
 *
 * <p>Currencies must have been checked to be the plan's one before ({@link PriceFreezer}).
 */
public final class PriceCalculator {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PriceCalculator() {}

    public static Pricing price(PlanChanged plan, List<RecurringItemChanged> items, List<DiscountChanged> discounts) {
        BigDecimal price = exact(plan.monthlyPrice());
        List<PriceLine> lines = new ArrayList<>();
        lines.add(new PriceLine("PLAN", plan.code(), plan.name(), price, null));
        BigDecimal itemsTotal = exact(BigDecimal.ZERO);
        for (RecurringItemChanged item : items) {
            BigDecimal amount = exact(item.monthlyPrice());
            itemsTotal = itemsTotal.add(amount);
            lines.add(new PriceLine("ITEM", item.code(), item.name(), amount, null));
        }
        List<BigDecimal> firstMonth = reductions(price, discounts, 1);
        for (int i = 0; i < discounts.size(); i++) {
            DiscountChanged discount = discounts.get(i);
            lines.add(new PriceLine(
                    "DISCOUNT",
                    discount.code(),
                    discount.name(),
                    firstMonth.get(i).negate(),
                    discount.durationMonths()));
        }
        return new Pricing(
                plan.currency(),
                lines,
                exact(plan.installationFee()),
                monthTotal(price, itemsTotal, discounts, 1),
                monthTotal(price, itemsTotal, discounts, longestFiniteDiscount(discounts) + 1));
    }

    private static BigDecimal monthTotal(
            BigDecimal price, BigDecimal itemsTotal, List<DiscountChanged> discounts, int month) {
        BigDecimal total = price.add(itemsTotal);
        for (BigDecimal reduction : reductions(price, discounts, month)) {
            total = total.subtract(reduction);
        }
        return total;
    }

    /** What each discount takes off the plan's price in {@code month}, never more than what is left. */
    private static List<BigDecimal> reductions(BigDecimal price, List<DiscountChanged> discounts, int month) {
        List<BigDecimal> reductions = new ArrayList<>();
        BigDecimal left = price;
        for (DiscountChanged discount : discounts) {
            BigDecimal reduction = appliesInMonth(discount, month)
                    ? reductionOf(discount, price).min(left)
                    : zero();
            left = left.subtract(reduction);
            reductions.add(reduction);
        }
        return reductions;
    }

    private static BigDecimal reductionOf(DiscountChanged discount, BigDecimal price) {
        if ("PERCENT".equals(discount.type())) {
            return price.multiply(discount.value()).divide(HUNDRED, SCALE, ROUNDING);
        }
        return exact(discount.value());
    }

    private static boolean appliesInMonth(DiscountChanged discount, int month) {
        return discount.durationMonths() == null || month <= discount.durationMonths();
    }

    private static int longestFiniteDiscount(List<DiscountChanged> discounts) {
        return discounts.stream()
                .filter(discount -> discount.durationMonths() != null)
                .mapToInt(DiscountChanged::durationMonths)
                .max()
                .orElse(0);
    }

    private static BigDecimal exact(BigDecimal amount) {
        return amount.setScale(SCALE, ROUNDING);
    }

    private static BigDecimal zero() {
        return exact(BigDecimal.ZERO);
    }
}
