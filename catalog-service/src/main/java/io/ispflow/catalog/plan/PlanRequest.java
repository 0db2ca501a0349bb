package io.ispflow.catalog.plan;

import io.ispflow.catalog.common.Amount;
import io.ispflow.catalog.common.CatalogCode;
import io.ispflow.catalog.common.CatalogEntity;
import io.ispflow.catalog.common.CatalogRequest;
import io.ispflow.catalog.common.CurrencyCode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Create or update a plan; amounts have at most two decimals, in one ISO 4217 currency. */
public record PlanRequest(
        @Schema(
                        description = "The plan's code, for ever: required on create; on update leave it out or send"
                                + " the same",
                        example = "FIBRA-300",
                        pattern = CatalogEntity.CODE_PATTERN)
                @NotNull(groups = OnCreate.class)
                @CatalogCode
                String code,
        @Schema(description = "What customers see", example = "Fibra 300 Mbps") @NotBlank @Size(max = 100) String name,
        @Schema(description = "How the service reaches the customer", example = "FIBER") @NotNull Technology technology,
        @Schema(description = "Download speed, in Mbps", example = "300") @NotNull @Min(1) @Max(100_000)
                Integer downloadMbps,
        @Schema(description = "Upload speed, in Mbps", example = "150") @NotNull @Min(1) @Max(100_000)
                Integer uploadMbps,
        @Schema(
                        description = "The price of one month of service: at least 0, at most 2 decimals",
                        example = "24900.00",
                        minimum = "0")
                @NotNull
                @Amount
                BigDecimal monthlyPrice,
        @Schema(
                        description = "Charged once, on the first invoice; never discounted. At least 0, at most 2"
                                + " decimals",
                        example = "25000.00",
                        minimum = "0")
                @NotNull
                @Amount
                BigDecimal installationFee,
        @Schema(
                        description = "The ISO 4217 currency of both amounts; a quote is in its plan's currency",
                        example = "ARS",
                        pattern = "^[A-Z]{3}$")
                @NotNull
                @CurrencyCode
                String currency)
        implements CatalogRequest {

    Plan.Speeds speeds() {
        return new Plan.Speeds(downloadMbps, uploadMbps);
    }

    Plan.Prices prices() {
        return Plan.Prices.of(monthlyPrice, installationFee, currency);
    }
}
