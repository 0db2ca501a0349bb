package io.ispflow.catalog.common;

import io.ispflow.contracts.catalog.CatalogChange;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * A kind of catalog entity as its HTTP resource describes itself. {@link CatalogController} implements
 * it for every kind; {@link CatalogOperations} reads it to name and describe, per kind, the operations
 * they all inherit ({@code listPlans}, {@code getZone}, "List the nodes", the nodes' {@code zone}
 * filter...).
 */
public interface CatalogResource {

    /** The time shown in the answers' examples. */
    OffsetDateTime EXAMPLE_TIME = OffsetDateTime.parse("2026-11-30T14:05:00Z");

    /**
     * How the OpenAPI document calls the resource.
     *
     * @param singular in lower case: {@code recurring item}
     * @param plural {@code recurring items}
     * @param codeExample a realistic code, shown as the example of {@code {code}}: {@code ROUTER-WIFI6}
     * @param example a realistic state of one entity, the example of the answers (as the API serializes it)
     */
    record Names(String singular, String plural, String codeExample, CatalogChange example) {}

    /**
     * A query parameter of the list that keeps the entities whose attribute has exactly its value.
     *
     * @param name the parameter and the attribute: {@code zone}
     * @param description what it keeps, for the OpenAPI document
     * @param example a realistic value: {@code NORTE}
     */
    record ExactFilter(String name, String description, String example) {}

    Names names();

    /** The attributes a list can be sorted by. */
    Set<String> sortable();

    /** The lists' filters on an attribute's exact value, beyond {@code active} and {@code q}. */
    List<ExactFilter> exactFilters();

    /** The rules of this kind that changes must respect, for the OpenAPI document; empty when none. */
    String rules();
}
