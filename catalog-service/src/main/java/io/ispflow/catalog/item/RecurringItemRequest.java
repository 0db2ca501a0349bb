package io.ispflow.catalog.item;

import io.ispflow.catalog.common.Amount;
import io.ispflow.catalog.common.CatalogCode;
import io.ispflow.catalog.common.CatalogRequest;
import io.ispflow.catalog.common.CurrencyCode;
import io.ispflow.catalog.common.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Create or update a recurring item. */
public record RecurringItemRequest(
        @NotNull(groups = OnCreate.class) @CatalogCode String code,
        @NotBlank @Size(max = 100) String name,
        @NotNull @Amount BigDecimal monthlyPrice,
        @NotNull @CurrencyCode String currency)
        implements CatalogRequest {

    Money price() {
        return Money.of(monthlyPrice, currency, "monthlyPrice");
    }
}
