package io.ispflow.bench.stack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies the frontend sends, with codes of the demo catalog the local stack loads (zone NORTE, origin
 * WEB, plan FIBRA-300, item ROUTER-WIFI6, discount PROMO-50-3M). {@code name} carries the run's marker, so the
 * rows a run made can be found in the databases.
 */
public final class Bodies {

    private Bodies() {}

    /** A lead with a unique document and e-mail ({@code unique}: letters, digits and hyphens). */
    public static Map<String, Object> lead(String name, String unique, String zone) {
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("personType", "INDIVIDUAL");
        lead.put("name", name);
        lead.put("documentType", "OTHER");
        lead.put("documentNumber", unique);
        lead.put("email", unique.toLowerCase(java.util.Locale.ROOT) + "@bench.example.com");
        lead.put("mobile", "+54 9 11 5555-0101");
        lead.put("origin", "WEB");
        lead.put("zone", zone);
        lead.put("channel", "Formulario web");
        return lead;
    }

    /** The one-request wizard: new lead, new prospect, ticket and its installation order. */
    public static Map<String, Object> wizard(String name, String unique, String zone) {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("address", "Av. Siempreviva 742");
        location.put("city", "Springfield");
        location.put("postalCode", "1640");
        location.put("province", "Buenos Aires");
        location.put("country", "AR");
        location.put("latitude", -34.6);
        location.put("longitude", -58.4);
        location.put("zone", zone);
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("plan", "FIBRA-300");
        offer.put("recurringItems", List.of("ROUTER-WIFI6"));
        offer.put("discounts", List.of("PROMO-50-3M"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lead", Map.of("new", lead(name, unique, zone)));
        body.put("prospect", Map.of("new", Map.of("offer", offer, "location", location)));
        body.put("create", "TICKET_AND_INSTALLATION");
        return body;
    }

    public static Map<String, Object> quote() {
        return Map.of("plan", "FIBRA-300", "recurringItems", List.of("ROUTER-WIFI6"), "discounts", List.of());
    }
}
