package io.ispflow.catalog.item;

import io.ispflow.catalog.common.CatalogController;
import io.ispflow.catalog.common.CatalogResource;
import io.ispflow.contracts.catalog.RecurringItemChanged;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalog/recurring-items")
@Tag(name = "Recurring items", description = "Billed every month on top of the plan: router rental, fixed IP, ...")
class RecurringItemController extends CatalogController<RecurringItem, RecurringItemRequest, RecurringItemChanged> {

    RecurringItemController(RecurringItemService items) {
        super(
                items,
                new Names(
                        "recurring item",
                        "recurring items",
                        "ROUTER-WIFI6",
                        new RecurringItemChanged(
                                "ROUTER-WIFI6",
                                "Alquiler de router Wi-Fi 6",
                                new BigDecimal("3500.00"),
                                "ARS",
                                true,
                                1,
                                CatalogResource.EXAMPLE_TIME)));
    }

    @Override
    public String rules() {
        return "Recurring items: the monthly price is an amount of at least 0 with at most 2 decimals, in a known"
                + " ISO 4217 currency (400 otherwise); a quote only takes items in its plan's currency.";
    }
}
