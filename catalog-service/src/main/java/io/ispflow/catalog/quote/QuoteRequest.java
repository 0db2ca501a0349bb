package io.ispflow.catalog.quote;

import io.ispflow.catalog.common.CatalogCode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What to price: a plan, recurring items and discounts by code, over a number of months. */
public record QuoteRequest(
        @NotNull @CatalogCode String plan,
        @Size(max = 20) List<@NotNull @CatalogCode String> recurringItems,
        @Size(max = 10) List<@NotNull @CatalogCode String> discounts,
        @Schema(description = "Months to quote; by default the longest finite discount (at least 1)")
                @Min(1)
                @Max(QuoteCalculator.MAX_MONTHS)
                Integer months) {

    public QuoteRequest {
        recurringItems = recurringItems == null ? List.of() : recurringItems;
        discounts = discounts == null ? List.of() : discounts;
    }
}
