package io.ispflow.contracts.contract;

import java.math.BigDecimal;

/**
 * One line of a contract's frozen prices.
 *
 * @param kind {@code PLAN}, {@code ITEM} or {@code DISCOUNT}
 * @param monthlyAmount exact, scale 2; negative for a discount
 * @param months how many months the line applies from activation; null = permanent
 */
public record PriceLine(String kind, String code, String name, BigDecimal monthlyAmount, Integer months) {}
