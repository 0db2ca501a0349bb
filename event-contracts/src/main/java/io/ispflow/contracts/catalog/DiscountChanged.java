package io.ispflow.contracts.catalog;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.Topics;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A discount's full state after a change. Discounts reduce the plan's monthly price only (never the
 * installation fee or the recurring items), never below zero.
 *
 * @param type {@code PERCENT} (value is a percentage, 0 < value <= 100) or {@code AMOUNT} (value is a
 *     fixed amount in {@code currency})
 * @param currency ISO 4217 code of an {@code AMOUNT} discount; null for {@code PERCENT}
 * @param durationMonths the discount applies to months 1..durationMonths of a contract; null when
 *     permanent
 */
@EventType(value = DiscountChanged.TYPE, topic = Topics.CATALOG)
public record DiscountChanged(
        String code,
        String name,
        String type,
        BigDecimal value,
        String currency,
        Integer durationMonths,
        boolean active,
        long version,
        OffsetDateTime updatedAt)
        implements CatalogChange {

    public static final String TYPE = "catalog.discount.changed.v1";

    @Override
    public String aggregateId() {
        return CatalogKind.DISCOUNT.key(code);
    }
}
