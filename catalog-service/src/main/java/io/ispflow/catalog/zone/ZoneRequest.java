package io.ispflow.catalog.zone;

import io.ispflow.catalog.common.CatalogCode;
import io.ispflow.catalog.common.CatalogRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Create or update a zone. */
public record ZoneRequest(
        @NotNull(groups = OnCreate.class) @CatalogCode String code,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 500) String description)
        implements CatalogRequest {}
