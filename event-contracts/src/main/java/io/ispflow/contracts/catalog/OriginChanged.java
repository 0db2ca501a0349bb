package io.ispflow.contracts.catalog;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.Topics;
import java.time.OffsetDateTime;

/** A lead origin's full state after a change (where leads come from: WEB, TELEFONO, REFERIDO, ...). */
@EventType(value = OriginChanged.TYPE, topic = Topics.CATALOG)
public record OriginChanged(String code, String name, boolean active, long version, OffsetDateTime updatedAt)
        implements CatalogChange {

    public static final String TYPE = "catalog.origin.changed.v1";

    @Override
    public String aggregateId() {
        return CatalogKind.ORIGIN.key(code);
    }
}
