package io.ispflow.platform.catalog;

import io.ispflow.contracts.catalog.CatalogChange;
import io.ispflow.contracts.catalog.CatalogKind;
import io.ispflow.contracts.catalog.DiscountChanged;
import io.ispflow.contracts.catalog.NodeChanged;
import io.ispflow.contracts.catalog.OriginChanged;
import io.ispflow.contracts.catalog.PlanChanged;
import io.ispflow.contracts.catalog.RecurringItemChanged;
import io.ispflow.contracts.catalog.ZoneChanged;
import io.ispflow.platform.events.consumer.EventSubscriptions;
import io.ispflow.platform.problem.BadRequestException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's own copy of the catalog (table {@code catalog_copy}, platform migration V0_4), kept from
 * the compacted {@code catalog.events} topic. Every event carries the entity's full state and version,
 * so applying them in any order, more than once, or all over again from the beginning of the topic
 * always ends with the latest state of every entity.
 *
 * <p>A consumer registers the handlers in its one {@code EventSubscriptions} bean:
 *
 * <pre>{@code
 * @Bean
 * EventSubscriptions subscriptions(CatalogCopy catalog, ...) {
 *     return catalog.subscribe(EventSubscriptions.builder())
 *             .on(ContractActivated.class, ...)
 *             .build();
 * }
 * }</pre>
 *
 * and validates references with {@link #requireActive} ("unknown or inactive zone X" is a 400 on the
 * named field).
 */
public class CatalogCopy {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ObjectReader lenient;

    public CatalogCopy(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        // rows written by an older version of this class may lack or carry fields: read them leniently
        this.lenient = json.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Registers a handler for each of the six catalog event types that applies it to this copy. */
    public EventSubscriptions.Builder subscribe(EventSubscriptions.Builder subscriptions) {
        return subscriptions
                .on(PlanChanged.class, (event, metadata) -> apply(event))
                .on(RecurringItemChanged.class, (event, metadata) -> apply(event))
                .on(DiscountChanged.class, (event, metadata) -> apply(event))
                .on(OriginChanged.class, (event, metadata) -> apply(event))
                .on(ZoneChanged.class, (event, metadata) -> apply(event))
                .on(NodeChanged.class, (event, metadata) -> apply(event));
    }

    /**
     * Stores the entity's state unless the copy already holds the same or a newer version. Returns
     * whether the copy changed. Joins the caller's transaction when there is one (the consumer's).
     */
    public boolean apply(CatalogChange change) {
        Objects.requireNonNull(change, "change");
        return jdbc.sql(
                                """
                        INSERT INTO catalog_copy (kind, code, active, version, data, updated_at)
                        VALUES (:kind, :code, :active, :version, CAST(:data AS jsonb), now())
                        ON CONFLICT (kind, code) DO UPDATE
                           SET active = EXCLUDED.active, version = EXCLUDED.version,
                               data = EXCLUDED.data, updated_at = EXCLUDED.updated_at
                         WHERE catalog_copy.version < EXCLUDED.version
                        """)
                        .param("kind", change.catalogKind().value())
                        .param("code", change.code())
                        .param("active", change.active())
                        .param("version", change.version())
                        .param("data", json.writeValueAsString(change))
                        .update()
                > 0;
    }

    /** The latest known state of an entity, active or not. */
    public Optional<CatalogChange> find(CatalogKind kind, String code) {
        return find(kind.eventClass(), code).map(CatalogChange.class::cast);
    }

    /** The latest known state of an entity, typed: {@code find(ZoneChanged.class, "NORTE")}. */
    public <E extends CatalogChange> Optional<E> find(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT data::text FROM catalog_copy WHERE kind = :kind AND code = :code")
                .param("kind", CatalogKind.of(type).value())
                .param("code", code)
                .query(String.class)
                .optional()
                .map(data -> read(type, data));
    }

    /** Every entity of a kind, ordered by code; {@code activeOnly} leaves out the inactive ones. */
    public <E extends CatalogChange> List<E> all(Class<E> type, boolean activeOnly) {
        return jdbc
                .sql(
                        """
                        SELECT data::text FROM catalog_copy
                         WHERE kind = :kind AND (active OR NOT :activeOnly)
                         ORDER BY code
                        """)
                .param("kind", CatalogKind.of(type).value())
                .param("activeOnly", activeOnly)
                .query(String.class)
                .list()
                .stream()
                .map(data -> read(type, data))
                .toList();
    }

    public boolean exists(CatalogKind kind, String code) {
        return code != null
                && jdbc.sql("SELECT count(*) FROM catalog_copy WHERE kind = :kind AND code = :code")
                                .param("kind", kind.value())
                                .param("code", code)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    /** Whether the code can be chosen for a new record: known to the copy and active. */
    public boolean isActive(CatalogKind kind, String code) {
        return code != null
                && jdbc.sql("SELECT active FROM catalog_copy WHERE kind = :kind AND code = :code")
                        .param("kind", kind.value())
                        .param("code", code)
                        .query(Boolean.class)
                        .optional()
                        .orElse(false);
    }

    /**
     * Refuses a code that cannot be chosen for a new record (unknown or inactive) with a 400 naming
     * {@code field}; returns the entity otherwise.
     */
    public CatalogChange requireActive(CatalogKind kind, String code, String field) {
        return requireActive(kind.eventClass(), code, field);
    }

    /** Typed {@link #requireActive(CatalogKind, String, String)}. */
    public <E extends CatalogChange> E requireActive(Class<E> type, String code, String field) {
        return find(type, code)
                .filter(CatalogChange::active)
                .orElseThrow(() -> BadRequestException.invalidField(
                        field, "unknown or inactive " + CatalogKind.of(type).value() + " " + code));
    }

    /**
     * For an update: keeping the code a record already has is allowed even when it was deactivated
     * meanwhile (an inactive code stays valid on existing records); choosing another one requires it
     * to be active. A null code passes (optional references are the caller's concern).
     */
    public void requireActiveUnlessUnchanged(CatalogKind kind, String code, String previousCode, String field) {
        if (code == null || code.equals(previousCode)) {
            return;
        }
        requireActive(kind, code, field);
    }

    public Optional<PlanChanged> plan(String code) {
        return find(PlanChanged.class, code);
    }

    public Optional<RecurringItemChanged> recurringItem(String code) {
        return find(RecurringItemChanged.class, code);
    }

    public Optional<DiscountChanged> discount(String code) {
        return find(DiscountChanged.class, code);
    }

    public Optional<OriginChanged> origin(String code) {
        return find(OriginChanged.class, code);
    }

    public Optional<ZoneChanged> zone(String code) {
        return find(ZoneChanged.class, code);
    }

    public Optional<NodeChanged> node(String code) {
        return find(NodeChanged.class, code);
    }

    private <E> E read(Class<E> type, String data) {
        return lenient.forType(type).readValue(data);
    }
}
