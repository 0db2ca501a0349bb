package io.ispflow.contracts.contract;

import java.math.BigDecimal;
import java.util.List;

/**
 * The prices frozen from the catalog when the contract was made: later catalog changes do not touch
 * them. Billing reads these.
 *
 * @param currency ISO 4217
 * @param firstMonthTotal the monthly total of month 1 (discounts applied)
 * @param regularMonthlyTotal the monthly total once every finite discount has ended
 */
public record Pricing(
        String currency,
        List<PriceLine> lines,
        BigDecimal installationFee,
        BigDecimal firstMonthTotal,
        BigDecimal regularMonthlyTotal) {

    public Pricing {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
