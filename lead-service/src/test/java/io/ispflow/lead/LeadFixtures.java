package io.ispflow.lead;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Request bodies, valid unless told otherwise, with data no other test uses (the database is shared). */
public final class LeadFixtures {

    private static final AtomicLong NEXT =
            new AtomicLong(ThreadLocalRandom.current().nextLong(10_000_000, 80_000_000));

    private LeadFixtures() {}

    /** A tag no other test uses: put it in the campaign to find exactly this test's leads. */
    public static String uniqueTag() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A DNI no other lead has: 8 digits. */
    public static String uniqueDni() {
        return Long.toString(NEXT.incrementAndGet());
    }

    public static LeadBody aLead() {
        long n = NEXT.incrementAndGet();
        return new LeadBody()
                .with("personType", "INDIVIDUAL")
                .with("name", "María González " + n)
                .with("documentType", "DNI")
                .with("documentNumber", Long.toString(n))
                .with("email", "maria." + n + "@example.com")
                .with("phone", "011 4" + (n % 1000) + "-" + (n % 10000))
                .with("origin", "WEB")
                .with("zone", "NORTE")
                .with("channel", "Formulario web");
    }

    public static Map<String, Object> aProspect() {
        return prospect("FIBRA-300", List.of("ROUTER-WIFI6"), List.of("PROMO-50-3M"), null);
    }

    public static Map<String, Object> prospect(String plan, List<String> items, List<String> discounts, String zone) {
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("plan", plan);
        offer.put("recurringItems", items);
        offer.put("discounts", discounts);
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("address", "Av. Siempreviva 742");
        location.put("city", "Vicente López");
        location.put("postalCode", "B1638");
        location.put("province", "Buenos Aires");
        location.put("country", "AR");
        location.put("latitude", -34.5265);
        location.put("longitude", -58.4731);
        location.put("zone", zone);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("offer", offer);
        body.put("location", location);
        return body;
    }

    /** A lead body being built. */
    public static final class LeadBody {
        private final Map<String, Object> body = new LinkedHashMap<>();

        public LeadBody with(String field, Object value) {
            body.put(field, value);
            return this;
        }

        public LeadBody withAll(Map<String, Object> fields) {
            body.putAll(fields);
            return this;
        }

        public LeadBody without(String field) {
            body.remove(field);
            return this;
        }

        public LeadBody named(String name) {
            return with("name", name);
        }

        public LeadBody inZone(String zone) {
            return with("zone", zone);
        }

        public LeadBody inCampaign(String campaign) {
            return with("campaign", campaign);
        }

        public LeadBody withDocument(String document) {
            return with("documentNumber", document);
        }

        public LeadBody withEmail(String email) {
            return with("email", email);
        }

        public LeadBody withPhone(String phone) {
            return with("phone", phone);
        }

        public LeadBody assignedTo(String assignee) {
            return with("assignee", assignee);
        }

        public LeadBody withBilling() {
            Map<String, Object> billing = new LinkedHashMap<>();
            billing.put("businessName", "González Servicios SRL");
            billing.put("taxCondition", "RESPONSABLE_INSCRIPTO");
            billing.put("invoiceType", "A");
            billing.put("taxId", "30-71234567-9");
            billing.put("additionalTaxes", "IIBB CABA");
            return with("billing", billing);
        }

        public Object get(String field) {
            return body.get(field);
        }

        public Map<String, Object> body() {
            return new LinkedHashMap<>(body);
        }
    }
}
