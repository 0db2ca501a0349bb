package io.ispflow.contracts.catalog;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.Topics;
import java.time.OffsetDateTime;

/** A zone's full state after a change. Zones decide which users see leads, tickets, orders and contracts. */
@EventType(value = ZoneChanged.TYPE, topic = Topics.CATALOG)
public record ZoneChanged(
        String code, String name, String description, boolean active, long version, OffsetDateTime updatedAt)
        implements CatalogChange {

    public static final String TYPE = "catalog.zone.changed.v1";

    @Override
    public String aggregateId() {
        return CatalogKind.ZONE.key(code);
    }
}
