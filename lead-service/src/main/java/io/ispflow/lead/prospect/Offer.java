package io.ispflow.lead.prospect;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What is offered, by catalog code: one plan, its recurring items and its discounts. */
public record Offer(
        @Schema(description = "plan catalog code", example = "FIBRA-300") String plan,
        @ArraySchema(
                        arraySchema = @Schema(description = "recurring item catalog codes"),
                        schema = @Schema(example = "ROUTER-WIFI6"))
                List<String> recurringItems,
        @ArraySchema(
                        arraySchema = @Schema(description = "discount catalog codes"),
                        schema = @Schema(example = "PROMO-50-3M"))
                List<String> discounts) {

    public Offer {
        recurringItems = recurringItems == null ? List.of() : List.copyOf(recurringItems);
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
    }
}
