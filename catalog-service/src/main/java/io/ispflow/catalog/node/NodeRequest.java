package io.ispflow.catalog.node;

import io.ispflow.catalog.common.CatalogCode;
import io.ispflow.catalog.common.CatalogEntity;
import io.ispflow.catalog.common.CatalogRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Create or update a node; the zone must be active (unless an update keeps the node's zone). */
public record NodeRequest(
        @Schema(
                        description = "The node's code, for ever: required on create; on update leave it out or send"
                                + " the same",
                        example = "OLT-NORTE-1",
                        pattern = CatalogEntity.CODE_PATTERN)
                @NotNull(groups = OnCreate.class)
                @CatalogCode
                String code,
        @Schema(description = "What users see", example = "OLT Central Norte") @NotBlank @Size(max = 100) String name,
        @Schema(
                        description = "The code of an active zone; an update may keep the node's zone even if it was"
                                + " deactivated since",
                        example = "NORTE",
                        pattern = CatalogEntity.CODE_PATTERN)
                @NotNull
                @CatalogCode
                String zone,
        @Schema(description = "What the node is", example = "OLT") @NotNull NodeKind kind,
        @Schema(description = "Where it is, for technicians", example = "Central Norte, Av. San Martín 4200")
                @Size(max = 200)
                String location,
        @Schema(description = "Degrees, at most 6 decimals", example = "-34.571200")
                @DecimalMin("-90")
                @DecimalMax("90")
                @Digits(integer = 2, fraction = 6)
                BigDecimal latitude,
        @Schema(description = "Degrees, at most 6 decimals", example = "-58.423100")
                @DecimalMin("-180")
                @DecimalMax("180")
                @Digits(integer = 3, fraction = 6)
                BigDecimal longitude)
        implements CatalogRequest {

    Node.Site site() {
        return new Node.Site(location, latitude, longitude);
    }
}
