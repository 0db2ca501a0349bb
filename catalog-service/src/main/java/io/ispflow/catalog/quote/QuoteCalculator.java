package io.ispflow.catalog.quote;

import io.ispflow.catalog.common.Money;
import io.ispflow.catalog.discount.Discount;
import io.ispflow.catalog.item.RecurringItem;
import io.ispflow.catalog.plan.Plan;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of a quote (docs/adr/0006), on one currency:
 *
 * <ul>
 *   <li>A month costs the plan's monthly price plus every recurring item, minus the discounts that
 *       apply in that month. A discount of N months applies to months 1..N; a permanent one to all.
 *   <li>Discounts reduce the plan's monthly price only. A percentage is taken of the plan's price
 *       (percentages add up, they do not compound) and rounded half-even to cents on its own line;
 *       a fixed amount is taken as is. Discounts apply in the order given, and the one that would take
 *       the plan below zero is cut to what is left, so the plan never costs less than zero.
 *   <li>Every total is the exact sum of its rounded lines, so the lines always add up.
 *   <li>The first invoice is month 1 plus the installation fee, which is never discounted.
 * </ul>
 */
final class QuoteCalculator {

    static final int MAX_MONTHS = 36;

    private QuoteCalculator() {}

    /** The period quoted when none is asked: the longest finite discount, at least 1, at most 36 months. */
    static int defaultMonths(List<Discount> discounts) {
        int longest = longestFiniteDiscount(discounts);
        return Math.max(1, Math.min(MAX_MONTHS, longest));
    }

    static Quote quote(Plan plan, List<RecurringItem> items, List<Discount> discounts, int months) {
        Money price = plan.monthlyPrice();
        Money itemsTotal = Money.zero(price.currency());
        List<Quote.Line> lines = new ArrayList<>();
        lines.add(new Quote.Line(Quote.LineType.PLAN, plan.getCode(), plan.getName(), price.amount(), null));
        for (RecurringItem item : items) {
            itemsTotal = itemsTotal.plus(item.monthlyPrice());
            lines.add(new Quote.Line(
                    Quote.LineType.RECURRING_ITEM,
                    item.getCode(),
                    item.getName(),
                    item.monthlyPrice().amount(),
                    null));
        }
        List<Money> firstMonth = reductions(price, discounts, 1);
        for (int i = 0; i < discounts.size(); i++) {
            Discount discount = discounts.get(i);
            lines.add(new Quote.Line(
                    Quote.LineType.DISCOUNT,
                    discount.getCode(),
                    discount.getName(),
                    firstMonth.get(i).negate().amount(),
                    discount.getDurationMonths()));
        }

        List<Quote.MonthTotal> totals = new ArrayList<>();
        Money periodTotal = Money.zero(price.currency());
        for (int month = 1; month <= months; month++) {
            Money total = monthTotal(price, itemsTotal, discounts, month);
            totals.add(new Quote.MonthTotal(month, total.amount()));
            periodTotal = periodTotal.plus(total);
        }
        Money monthOne = monthTotal(price, itemsTotal, discounts, 1);
        Money regular = monthTotal(price, itemsTotal, discounts, longestFiniteDiscount(discounts) + 1);
        return new Quote(
                price.currency(),
                plan.getCode(),
                months,
                List.copyOf(lines),
                monthOne.amount(),
                plan.installationFee().amount(),
                monthOne.plus(plan.installationFee()).amount(),
                List.copyOf(totals),
                regular.amount(),
                periodTotal.amount());
    }

    private static Money monthTotal(Money price, Money itemsTotal, List<Discount> discounts, int month) {
        Money total = price.plus(itemsTotal);
        for (Money reduction : reductions(price, discounts, month)) {
            total = total.minus(reduction);
        }
        return total;
    }

    /**
     * What each discount takes off the plan's price in {@code month}, in order: zero when it does not
     * apply, and never more than what the earlier ones left of the price.
     */
    private static List<Money> reductions(Money price, List<Discount> discounts, int month) {
        List<Money> reductions = new ArrayList<>();
        Money left = price;
        for (Discount discount : discounts) {
            Money reduction = discount.appliesInMonth(month)
                    ? discount.reductionOf(price).min(left)
                    : Money.zero(price.currency());
            left = left.minus(reduction);
            reductions.add(reduction);
        }
        return reductions;
    }

    private static int longestFiniteDiscount(List<Discount> discounts) {
        return discounts.stream()
                .filter(discount -> !discount.isPermanent())
                .mapToInt(Discount::getDurationMonths)
                .max()
                .orElse(0);
    }
}
