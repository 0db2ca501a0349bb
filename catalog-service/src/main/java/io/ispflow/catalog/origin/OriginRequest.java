package io.ispflow.catalog.origin;

import io.ispflow.catalog.common.CatalogCode;
import io.ispflow.catalog.common.CatalogEntity;
import io.ispflow.catalog.common.CatalogRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Create or update a lead origin. */
public record OriginRequest(
        @Schema(
                        description = "The origin's code, for ever: required on create; on update leave it out or"
                                + " send the same",
                        example = "WEB",
                        pattern = CatalogEntity.CODE_PATTERN)
                @NotNull(groups = OnCreate.class)
                @CatalogCode
                String code,
        @Schema(description = "What users see", example = "Web") @NotBlank @Size(max = 100) String name)
        implements CatalogRequest {}
