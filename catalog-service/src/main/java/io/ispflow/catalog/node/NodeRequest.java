package io.ispflow.catalog.node;

import io.ispflow.catalog.common.CatalogCode;
import io.ispflow.catalog.common.CatalogRequest;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Create or update a node; the zone must be active (unless an update keeps the node's zone). */
public record NodeRequest(
        @NotNull(groups = OnCreate.class) @CatalogCode String code,
        @NotBlank @Size(max = 100) String name,
        @NotNull @CatalogCode String zone,
        @NotNull NodeKind kind,
        @Size(max = 200) String location,
        @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 2, fraction = 6) BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6) BigDecimal longitude)
        implements CatalogRequest {

    Node.Site site() {
        return new Node.Site(location, latitude, longitude);
    }
}
