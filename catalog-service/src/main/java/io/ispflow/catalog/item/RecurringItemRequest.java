package io.ispflow.catalog.item;

import io.ispflow.catalog.common.Amount;
import io.ispflow.catalog.common.CatalogCode;
import io.ispflow.catalog.common.CatalogEntity;
import io.ispflow.catalog.common.CatalogRequest;
import io.ispflow.catalog.common.CurrencyCode;
import io.ispflow.catalog.common.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Create or update a recurring item. */
public record RecurringItemRequest(
        @Schema(
                        description = "The item's code, for ever: required on create; on update leave it out or send"
                                + " the same",
                        example = "ROUTER-WIFI6",
                        pattern = CatalogEntity.CODE_PATTERN)
                @NotNull(groups = OnCreate.class)
                @CatalogCode
                String code,
        @Schema(description = "What customers see", example = "Alquiler de router Wi-Fi 6") @NotBlank @Size(max = 100)
                String name,
        @Schema(
                        description = "Billed every month on top of the plan: at least 0, at most 2 decimals",
                        example = "3500.00",
                        minimum = "0")
                @NotNull
                @Amount
                BigDecimal monthlyPrice,
        @Schema(description = "The ISO 4217 currency of the price", example = "ARS", pattern = "^[A-Z]{3}$")
                @NotNull
                @CurrencyCode
                String currency)
        implements CatalogRequest {

    Money price() {
        return Money.of(monthlyPrice, currency, "monthlyPrice");
    }
}
