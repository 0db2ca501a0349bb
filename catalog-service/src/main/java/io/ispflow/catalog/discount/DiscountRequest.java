package io.ispflow.catalog.discount;

import io.ispflow.catalog.common.CatalogCode;
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
        @NotNull(groups = OnCreate.class) @CatalogCode String code,
        @NotBlank @Size(max = 100) String name,
        @NotNull DiscountType type,
        @Schema(description = "PERCENT: the percentage (0 < value <= 100); AMOUNT: the amount off, in currency")
                @NotNull
                @DecimalMin(value = "0", inclusive = false)
                @Digits(integer = 10, fraction = 2)
                BigDecimal value,
        @Schema(description = "AMOUNT only: ISO 4217 code") @CurrencyCode String currency,
        @Schema(description = "Applies to months 1..durationMonths; null (or absent) when permanent") @Min(1) @Max(120)
                Integer durationMonths)
        implements CatalogRequest {

    Discount.Terms terms() {
        return new Discount.Terms(type, value, currency, durationMonths);
    }
}
