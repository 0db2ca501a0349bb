package io.ispflow.catalog.common;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.ispflow.contracts.catalog.CatalogChange;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * A catalog entity as the API shows it: exactly the full state its events publish (so a consumer's copy
 * and the API always agree), plus when it was created.
 */
public record CatalogView<S extends CatalogChange>(
        @JsonUnwrapped S state,
        @Schema(description = "When the entity was created", example = "2026-11-22T12:00:00Z")
                OffsetDateTime createdAt) {}
