package io.ispflow.catalog.zone;

import io.ispflow.catalog.common.CatalogCode;
import io.ispflow.catalog.common.CatalogEntity;
import io.ispflow.catalog.common.CatalogRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Create or update a zone. */
public record ZoneRequest(
        @Schema(
                        description = "The zone's code, for ever, as users' zone claims name it: required on create;"
                                + " on update leave it out or send the same",
                        example = "NORTE",
                        pattern = CatalogEntity.CODE_PATTERN)
                @NotNull(groups = OnCreate.class)
                @CatalogCode
                String code,
        @Schema(description = "What users see", example = "Zona Norte") @NotBlank @Size(max = 100) String name,
        @Schema(
                        description = "Which area it covers",
                        example = "Barrios al norte de la ruta provincial y parque industrial")
                @Size(max = 500)
                String description)
        implements CatalogRequest {}
