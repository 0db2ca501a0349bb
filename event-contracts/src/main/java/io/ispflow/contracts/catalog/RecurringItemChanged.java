package io.ispflow.contracts.catalog;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.Topics;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A recurring item's full state after a change (router rental, fixed IP, ...), billed every month. */
@EventType(value = RecurringItemChanged.TYPE, topic = Topics.CATALOG)
public record RecurringItemChanged(
        String code,
        String name,
        BigDecimal monthlyPrice,
        String currency,
        boolean active,
        long version,
        OffsetDateTime updatedAt)
        implements CatalogChange {

    public static final String TYPE = "catalog.recurring-item.changed.v1";

    @Override
    public String aggregateId() {
        return CatalogKind.RECURRING_ITEM.key(code);
    }
}
