package io.ispflow.catalog.quote;

import java.math.BigDecimal;
import java.util.List;

/**
 * A priced offer in one currency: the lines of the first month (plan, recurring items, and discounts
 * as negative lines), the first invoice (first month plus installation fee), the total of every month
 * of the period, and the regular monthly price once every finite discount has ended.
 *
 * @param period how many months {@code months} covers
 * @param monthlyTotal the total of month 1 (the sum of {@code lines})
 * @param regularMonthly the monthly total after every finite discount has ended (permanent ones still apply)
 * @param periodTotal the sum of the monthly totals of the period, without the installation fee
 */
public record Quote(
        String currency,
        String plan,
        int period,
        List<Line> lines,
        BigDecimal monthlyTotal,
        BigDecimal installationFee,
        BigDecimal firstInvoice,
        List<MonthTotal> months,
        BigDecimal regularMonthly,
        BigDecimal periodTotal) {

    public enum LineType {
        PLAN,
        RECURRING_ITEM,
        DISCOUNT
    }

    /**
     * One line of the first month.
     *
     * @param amount positive for the plan and items, negative for discounts
     * @param untilMonth the last month a discount applies; null for permanent discounts and other lines
     */
    public record Line(LineType type, String code, String description, BigDecimal amount, Integer untilMonth) {}

    public record MonthTotal(int month, BigDecimal total) {}
}
