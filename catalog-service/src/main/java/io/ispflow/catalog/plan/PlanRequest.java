package io.ispflow.catalog.plan;

import io.ispflow.catalog.common.Amount;
import io.ispflow.catalog.common.CatalogCode;
import io.ispflow.catalog.common.CatalogRequest;
import io.ispflow.catalog.common.CurrencyCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Create or update a plan; amounts have at most two decimals, in one ISO 4217 currency. */
public record PlanRequest(
        @NotNull(groups = OnCreate.class) @CatalogCode String code,
        @NotBlank @Size(max = 100) String name,
        @NotNull Technology technology,
        @NotNull @Min(1) @Max(100_000) Integer downloadMbps,
        @NotNull @Min(1) @Max(100_000) Integer uploadMbps,
        @NotNull @Amount BigDecimal monthlyPrice,
        @NotNull @Amount BigDecimal installationFee,
        @NotNull @CurrencyCode String currency)
        implements CatalogRequest {

    Plan.Speeds speeds() {
        return new Plan.Speeds(downloadMbps, uploadMbps);
    }

    Plan.Prices prices() {
        return Plan.Prices.of(monthlyPrice, installationFee, currency);
    }
}
