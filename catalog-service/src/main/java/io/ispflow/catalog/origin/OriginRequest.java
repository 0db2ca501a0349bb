package io.ispflow.catalog.origin;

import io.ispflow.catalog.common.CatalogCode;
import io.ispflow.catalog.common.CatalogRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Create or update a lead origin. */
public record OriginRequest(
        @NotNull(groups = OnCreate.class) @CatalogCode String code, @NotBlank @Size(max = 100) String name)
        implements CatalogRequest {}
