package io.ispflow.catalog.discount;

import io.ispflow.catalog.common.CatalogCode;
import io.ispflow.catalog.common.CatalogEntity;
import io.ispflow.catalog.common.CatalogRequest;
import io.ispflow.catalog.common.CurrencyCode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Create or update a discount. */
public record DiscountRequest(
        @Schema(
                        description = "The discount's code, for ever: required on create; on update leave it out or"
                                + " send the same",
                        example = "PROMO-50-3M",
                        pattern = CatalogEntity.CODE_PATTERN)
                @NotNull(groups = OnCreate.class)
                @CatalogCode
                String code,
        @Schema(description = "What customers see", example = "Promoción 50% por 3 meses") @NotBlank @Size(max = 100)
                String name,
        @Schema(
                        description =
                                "PERCENT: a percentage of the plan's monthly price; AMOUNT: a fixed amount off it",
                        example = "PERCENT")
                @NotNull
                DiscountType type,
        @Schema(
                        description = "PERCENT: the percentage (0 < value <= 100); AMOUNT: the amount off, in"
                                + " currency. At most 2 decimals",
                        example = "50.00")
                @NotNull
                @DecimalMin(value = "0", inclusive = false)
                @Digits(integer = 10, fraction = 2)
                BigDecimal value,
        @Schema(
                        description = "AMOUNT only (required there, refused on PERCENT): the ISO 4217 code of the"
                                + " amount, e.g. ARS",
                        pattern = "^[A-Z]{3}$")
                @CurrencyCode
                String currency,
        @Schema(
                        description = "Applies to months 1..durationMonths of a contract; null (or absent) when"
                                + " permanent",
                        example = "3")
                @Min(1)
                @Max(120)
                Integer durationMonths)
        implements CatalogRequest {

    Discount.Terms terms() {
        return new Discount.Terms(type, value, currency, durationMonths);
    }
}
