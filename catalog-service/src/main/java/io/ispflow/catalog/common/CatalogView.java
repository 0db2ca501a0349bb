package io.ispflow.catalog.common;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.ispflow.contracts.catalog.CatalogChange;
import java.time.OffsetDateTime;

/**
 * A catalog entity as the API shows it: exactly the full state its events publish (so a consumer's copy
 * and the API always agree), plus when it was created.
 */
public record CatalogView<S extends CatalogChange>(@JsonUnwrapped S state, OffsetDateTime createdAt) {}
