package io.ispflow.contracts.catalog;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.Topics;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A network node's full state after a change: the server, OLT or access point a contract connects
 * through.
 *
 * @param zone the code of the zone the node serves
 * @param kind {@code SERVER}, {@code OLT} or {@code ACCESS_POINT}
 * @param location where the node is (site, address), free text
 * @param latitude WGS 84 degrees, null when not geolocated
 * @param longitude WGS 84 degrees, null when not geolocated
 */
@EventType(value = NodeChanged.TYPE, topic = Topics.CATALOG)
public record NodeChanged(
        String code,
        String name,
        String zone,
        String kind,
        String location,
        BigDecimal latitude,
        BigDecimal longitude,
        boolean active,
        long version,
        OffsetDateTime updatedAt)
        implements CatalogChange {

    public static final String TYPE = "catalog.node.changed.v1";

    @Override
    public String aggregateId() {
        return CatalogKind.NODE.key(code);
    }
}
