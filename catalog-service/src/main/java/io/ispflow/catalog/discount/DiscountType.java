package io.ispflow.catalog.discount;

/** A percentage of the plan's monthly price, or a fixed amount off it. */
public enum DiscountType {
    PERCENT,
    AMOUNT
}
