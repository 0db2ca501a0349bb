package io.ispflow.console.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The catalog's active entries for the pages' choices (zones, origins, plans, recurring items, discounts), read
 * through the gateway with the user's token and kept for a minute: reference data every signed-in user may read,
 * which the grid would otherwise fetch on every page.
 */
@Component("catalog")
public class Catalog {

    static final Duration KEEP = Duration.ofMinutes(1);

    private final Gateway gateway;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Cached> lists = new ConcurrentHashMap<>();

    public Catalog(Gateway gateway) {
        this.gateway = gateway;
    }

    public List<Map<String, Object>> zones() {
        return active("zones");
    }

    public List<Map<String, Object>> origins() {
        return active("origins");
    }

    public List<Map<String, Object>> plans() {
        return active("plans");
    }

    public List<Map<String, Object>> recurringItems() {
        return active("recurring-items");
    }

    public List<Map<String, Object>> discounts() {
        return active("discounts");
    }

    /** The catalog entry's name for a code, or the code itself. */
    public String zoneName(Object code) {
        return nameOf(zones(), code);
    }

    public String originName(Object code) {
        return nameOf(origins(), code);
    }

    private static String nameOf(List<Map<String, Object>> entries, Object code) {
        if (code == null) {
            return null;
        }
        return entries.stream()
                .filter(e -> code.toString().equals(e.get("code")))
                .map(e -> String.valueOf(e.get("name")))
                .findFirst()
                .orElse(code.toString());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> active(String kind) {
        Instant now = clock.instant();
        Cached cached = lists.get(kind);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.entries();
        }
        Object items;
        try {
            items = gateway.get("/api/catalog/" + kind + "?active=true&size=200")
                    .map()
                    .get("items");
        } catch (ApiProblem unavailable) {
            // the choices degrade to what was known (or none); the page itself still works
            return cached != null ? cached.entries() : List.of();
        }
        List<Map<String, Object>> entries = items instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
        lists.put(kind, new Cached(entries, now.plus(KEEP)));
        return entries;
    }

    /** After an admin changed the catalog: the next page reads it again instead of waiting for the minute. */
    public void forget() {
        lists.clear();
    }

    private record Cached(List<Map<String, Object>> entries, Instant until) {}
}
