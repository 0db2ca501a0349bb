package io.ispflow.catalog.quote;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * A priced offer in one currency: the lines of the first month (plan, recurring items, and discounts
 * as negative lines), the first invoice (first month plus installation fee), the total of every month
 * of the period, and the regular monthly price once every finite discount has ended.
 *
 * <p>The examples are one quote: FIBRA-300 (24900.00) with ROUTER-WIFI6 (3500.00) and PROMO-50-3M (50%
 * for 3 months) over 6 months.
 *
 * @param period how many months {@code months} covers
 * @param monthlyTotal the total of month 1 (the sum of {@code lines})
 * @param regularMonthly the monthly total after every finite discount has ended (permanent ones still apply)
 * @param periodTotal the sum of the monthly totals of the period, without the installation fee
 */
public record Quote(
        @Schema(description = "The plan's ISO 4217 currency, every amount's", example = "ARS") String currency,
        @Schema(description = "The plan's code", example = "FIBRA-300") String plan,
        @Schema(description = "How many months the months list covers", example = "6") int period,
        @Schema(description = "The lines of month 1: the plan, each recurring item, each discount (negative)")
                List<Line> lines,
        @Schema(description = "The total of month 1, the exact sum of the lines", example = "15950.00")
                BigDecimal monthlyTotal,
        @Schema(description = "The plan's installation fee, never discounted", example = "25000.00")
                BigDecimal installationFee,
        @Schema(description = "Month 1 plus the installation fee", example = "40950.00") BigDecimal firstInvoice,
        @Schema(description = "The total of every month of the period") List<MonthTotal> months,
        @Schema(
                        description = "The monthly total once every finite discount has ended (permanent ones still"
                                + " apply)",
                        example = "28400.00")
                BigDecimal regularMonthly,
        @Schema(
                        description = "The sum of the months of the period, without the installation fee",
                        example = "133050.00")
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
    public record Line(
            @Schema(description = "What the line prices", example = "DISCOUNT") LineType type,
            @Schema(description = "The plan's, item's or discount's code", example = "PROMO-50-3M") String code,
            @Schema(description = "Its name", example = "Promoción 50% por 3 meses") String description,
            @Schema(
                            description = "Positive for the plan and items, negative for discounts (each rounded"
                                    + " HALF_EVEN to 2 decimals on its own)",
                            example = "-12450.00")
                    BigDecimal amount,
            @Schema(
                            description = "The last month a discount applies; null for permanent discounts and other"
                                    + " lines",
                            example = "3")
                    Integer untilMonth) {}

    public record MonthTotal(
            @Schema(description = "The month of the contract, from 1", example = "1") int month,
            @Schema(description = "Its total", example = "15950.00") BigDecimal total) {}
}
