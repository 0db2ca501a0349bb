package io.ispflow.contracts.catalog;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.Topics;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A plan's full state after a change. Amounts are exact, scale 2, in {@code currency} (ISO 4217).
 *
 * @param technology {@code FIBER}, {@code WIRELESS}, {@code CABLE}, {@code DSL} or {@code SATELLITE}
 * @param monthlyPrice the price of one month of service
 * @param installationFee charged once, on the first invoice
 */
@EventType(value = PlanChanged.TYPE, topic = Topics.CATALOG)
public record PlanChanged(
        String code,
        String name,
        String technology,
        int downloadMbps,
        int uploadMbps,
        BigDecimal monthlyPrice,
        BigDecimal installationFee,
        String currency,
        boolean active,
        long version,
        OffsetDateTime updatedAt)
        implements CatalogChange {

    public static final String TYPE = "catalog.plan.changed.v1";

    @Override
    public String aggregateId() {
        return CatalogKind.PLAN.key(code);
    }
}
