package io.ispflow.lead;

import io.ispflow.contracts.CloudEventHeaders;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.catalog.CatalogChange;
import io.ispflow.contracts.catalog.DiscountChanged;
import io.ispflow.contracts.catalog.OriginChanged;
import io.ispflow.contracts.catalog.PlanChanged;
import io.ispflow.contracts.catalog.RecurringItemChanged;
import io.ispflow.contracts.catalog.ZoneChanged;
import io.ispflow.platform.catalog.CatalogCopy;
import io.ispflow.testsupport.EventSchemas;
import io.ispflow.testsupport.KafkaProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog the tests rely on, delivered the way the catalog service delivers it: CloudEvents
 * records on {@code catalog.events}, which the lead service's consumer applies to its own copy.
 */
public final class TestCatalog {

    public static final List<String> ACTIVE_ZONES = List.of("NORTE", "SUR", "CENTRO");
    public static final String INACTIVE_ZONE = "ZONA-VIEJA";
    public static final String INACTIVE_ORIGIN = "FAX";
    public static final String INACTIVE_PLAN = "FIBRA-VIEJO";
    public static final String INACTIVE_ITEM = "MODEM-ADSL";
    public static final String INACTIVE_DISCOUNT = "PROMO-VIEJA";

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    static final List<CatalogChange> ENTITIES = List.of(
            zone("NORTE", true),
            zone("SUR", true),
            zone("CENTRO", true),
            zone(INACTIVE_ZONE, false),
            new OriginChanged("WEB", "Web", true, 1, AT),
            new OriginChanged("TELEFONO", "Llamada telefónica", true, 1, AT),
            new OriginChanged(INACTIVE_ORIGIN, "Fax", false, 2, AT),
            plan("FIBRA-300", true),
            plan("FIBRA-600", true),
            plan(INACTIVE_PLAN, false),
            item("ROUTER-WIFI6", true),
            item("IP-FIJA", true),
            item(INACTIVE_ITEM, false),
            discount("PROMO-50-3M", true),
            discount(INACTIVE_DISCOUNT, false));

    private TestCatalog() {}

    /** Publishes the test catalog (again: the copy ignores versions it has) and waits until it is copied. */
    public static void ensureCopied(KafkaProbe kafka, JsonMapper json, CatalogCopy copy) {
        if (ENTITIES.stream().allMatch(e -> copy.exists(e.catalogKind(), e.code()))) {
            return;
        }
        ENTITIES.forEach(entity -> publish(kafka, json, entity));
        Awaitility.await("the catalog copied from catalog.events")
                .atMost(Duration.ofSeconds(60))
                .until(() -> ENTITIES.stream().allMatch(e -> copy.exists(e.catalogKind(), e.code())));
    }

    /** A new active zone, copied before this returns. */
    public static String newZone(KafkaProbe kafka, JsonMapper json, CatalogCopy copy, String prefix) {
        String code =
                prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        publish(kafka, json, zone(code, true));
        Awaitility.await("zone " + code + " copied")
                .atMost(Duration.ofSeconds(30))
                .until(() -> copy.isActive(io.ispflow.contracts.catalog.CatalogKind.ZONE, code));
        return code;
    }

    /**
     * Sends an event as its publisher would: CloudEvents headers, JSON data valid against its schema once its
     * personal values are sealed (they are sent plain, which the consumer accepts as it comes).
     */
    public static void publish(KafkaProbe kafka, JsonMapper json, IntegrationEvent event) {
        var type = IntegrationEvent.typeOf(event.getClass());
        String data = json.writeValueAsString(event);
        EventSchemas.assertValidSealingPersonalData(event, data);
        kafka.send(
                type.topic(),
                event.aggregateId(),
                headers(type.value(), UUID.randomUUID().toString(), event),
                data);
    }

    public static Map<String, String> headers(String type, String id, IntegrationEvent event) {
        return Map.of(
                CloudEventHeaders.SPEC_VERSION,
                "1.0",
                CloudEventHeaders.ID,
                id,
                CloudEventHeaders.TYPE,
                type,
                CloudEventHeaders.SOURCE,
                "/" + sourceOf(type),
                CloudEventHeaders.TIME,
                OffsetDateTime.now(ZoneOffset.UTC).toString(),
                CloudEventHeaders.SUBJECT,
                event.aggregateId(),
                CloudEventHeaders.CONTENT_TYPE,
                CloudEventHeaders.JSON);
    }

    private static String sourceOf(String type) {
        return type.startsWith("catalog.") ? "catalog-service" : "contract-service";
    }

    private static ZoneChanged zone(String code, boolean active) {
        return new ZoneChanged(code, "Zona " + code, null, active, active ? 1 : 2, AT);
    }

    private static PlanChanged plan(String code, boolean active) {
        return new PlanChanged(
                code,
                "Plan " + code,
                "FIBER",
                300,
                150,
                new BigDecimal("24900.00"),
                new BigDecimal("25000.00"),
                "ARS",
                active,
                active ? 1 : 2,
                AT);
    }

    private static RecurringItemChanged item(String code, boolean active) {
        return new RecurringItemChanged(
                code, "Item " + code, new BigDecimal("3500.00"), "ARS", active, active ? 1 : 2, AT);
    }

    private static DiscountChanged discount(String code, boolean active) {
        return new DiscountChanged(
                code, "Promo " + code, "PERCENT", new BigDecimal("50"), null, 3, active, active ? 1 : 2, AT);
    }
}
