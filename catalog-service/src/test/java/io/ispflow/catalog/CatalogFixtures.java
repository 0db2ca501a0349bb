package io.ispflow.catalog;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Request bodies of catalog entities, valid unless told otherwise, each with a fresh code. */
final class CatalogFixtures {

    static final String PLANS = "/api/catalog/plans";
    static final String RECURRING_ITEMS = "/api/catalog/recurring-items";
    static final String DISCOUNTS = "/api/catalog/discounts";
    static final String ORIGINS = "/api/catalog/origins";
    static final String ZONES = "/api/catalog/zones";
    static final String NODES = "/api/catalog/nodes";
    static final String QUOTES = "/api/catalog/quotes";

    private CatalogFixtures() {}

    /** A code nobody used yet: {@code FIBRA-3F9A1C}. */
    static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    static Fixture aPlan() {
        return new Fixture(PLANS, uniqueCode("PLAN"))
                .name("Fibra 300 Mbps")
                .with("technology", "FIBER")
                .with("downloadMbps", 300)
                .with("uploadMbps", 150)
                .with("monthlyPrice", money("24900.00"))
                .with("installationFee", money("25000.00"))
                .with("currency", "ARS");
    }

    static Fixture aRecurringItem() {
        return new Fixture(RECURRING_ITEMS, uniqueCode("ITEM"))
                .name("Alquiler de router Wi-Fi 6")
                .with("monthlyPrice", money("3500.00"))
                .with("currency", "ARS");
    }

    static Fixture aPercentDiscount(String percent, Integer months) {
        return new Fixture(DISCOUNTS, uniqueCode("PROMO"))
                .name("Promoción " + percent + "%")
                .with("type", "PERCENT")
                .with("value", money(percent))
                .with("durationMonths", months);
    }

    static Fixture anAmountDiscount(String amount, Integer months) {
        return new Fixture(DISCOUNTS, uniqueCode("BONIF"))
                .name("Bonificación " + amount)
                .with("type", "AMOUNT")
                .with("value", money(amount))
                .with("currency", "ARS")
                .with("durationMonths", months);
    }

    static Fixture anOrigin() {
        return new Fixture(ORIGINS, uniqueCode("ORIGEN")).name("Landing promocional");
    }

    static Fixture aZone() {
        return new Fixture(ZONES, uniqueCode("ZONA")).name("Zona de prueba").with("description", "Barrio de prueba");
    }

    static Fixture aNode(String zone) {
        return new Fixture(NODES, uniqueCode("OLT"))
                .name("OLT de prueba")
                .with("zone", zone)
                .with("kind", "OLT")
                .with("location", "Central, rack 1")
                .with("latitude", new BigDecimal("-34.603700"))
                .with("longitude", new BigDecimal("-58.381600"));
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    /** A request body being built, and where its entity lives. */
    static final class Fixture {
        private final String collection;
        private final Map<String, Object> body = new LinkedHashMap<>();

        Fixture(String collection, String code) {
            this.collection = collection;
            body.put("code", code);
        }

        Fixture code(String code) {
            return with("code", code);
        }

        Fixture name(String name) {
            return with("name", name);
        }

        Fixture with(String field, Object value) {
            body.put(field, value);
            return this;
        }

        Fixture without(String field) {
            body.remove(field);
            return this;
        }

        String code() {
            return (String) body.get("code");
        }

        String collection() {
            return collection;
        }

        /** The entity's path, {@code /api/catalog/plans/FIBRA-300}. */
        String location() {
            return collection + "/" + code();
        }

        Map<String, Object> body() {
            return new LinkedHashMap<>(body);
        }

        /** The body of an update: the same fields without the code. */
        Map<String, Object> updateBody() {
            Map<String, Object> update = body();
            update.remove("code");
            return update;
        }
    }
}
