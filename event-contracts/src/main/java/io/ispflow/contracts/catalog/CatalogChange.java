package io.ispflow.contracts.catalog;

import io.ispflow.contracts.IntegrationEvent;
import java.time.OffsetDateTime;

/**
 * A catalog entity's full state after a change (creation, update, deactivation or activation), on the
 * compacted {@code catalog.events} topic. The record key is {@code <kind>:<CODE>}, so compaction keeps
 * the latest state of every entity and a consumer can rebuild its copy from the topic alone; a higher
 * {@code version} always replaces a lower one. Codes are never reused and entities are never deleted:
 * an inactive code stays valid on existing records but cannot be chosen for new ones.
 */
public interface CatalogChange extends IntegrationEvent {

    /** The entity's human-readable code, unique within its kind, immutable. */
    String code();

    String name();

    /** Whether the code can be chosen for new records. */
    boolean active();

    /** The entity's version (its ETag in the catalog API); increases with every change. */
    long version();

    OffsetDateTime updatedAt();

    /** The kind of entity; not part of the JSON data (it is the key's prefix). */
    default CatalogKind catalogKind() {
        return CatalogKind.of(getClass());
    }
}
