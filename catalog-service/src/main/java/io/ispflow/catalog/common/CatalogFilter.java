package io.ispflow.catalog.common;

import java.util.Map;

/**
 * What a list asks for: {@code active} (null for both), free text {@code q} on code or name, and exact
 * values of other attributes ({@code zone} of nodes).
 */
public record CatalogFilter(Boolean active, String q, Map<String, String> equalTo) {

    public CatalogFilter {
        equalTo = equalTo == null ? Map.of() : Map.copyOf(equalTo);
    }
}
