package io.ispflow.catalog.quote;

import io.ispflow.catalog.common.CatalogCode;
import io.ispflow.catalog.common.CatalogEntity;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What to price: a plan, recurring items and discounts by code, over a number of months. */
public record QuoteRequest(
        @Schema(
                        description = "The code of an active plan; its currency is the quote's",
                        example = "FIBRA-300",
                        pattern = CatalogEntity.CODE_PATTERN)
                @NotNull
                @CatalogCode
                String plan,
        @ArraySchema(
                        arraySchema =
                                @Schema(
                                        description = "Codes of active recurring items in the plan's currency, each"
                                                + " once; none when absent"),
                        schema = @Schema(example = "ROUTER-WIFI6", pattern = CatalogEntity.CODE_PATTERN))
                @Size(max = 20)
                List<@NotNull @CatalogCode String> recurringItems,
        @ArraySchema(
                        arraySchema =
                                @Schema(
                                        description = "Codes of active discounts, each once, applied in this order;"
                                                + " none when absent"),
                        schema = @Schema(example = "PROMO-50-3M", pattern = CatalogEntity.CODE_PATTERN))
                @Size(max = 10)
                List<@NotNull @CatalogCode String> discounts,
        @Schema(description = "Months to quote; by default the longest finite discount (at least 1)", example = "6")
                @Min(1)
                @Max(QuoteCalculator.MAX_MONTHS)
                Integer months) {

    public QuoteRequest {
        recurringItems = recurringItems == null ? List.of() : recurringItems;
        discounts = discounts == null ? List.of() : discounts;
    }
}
