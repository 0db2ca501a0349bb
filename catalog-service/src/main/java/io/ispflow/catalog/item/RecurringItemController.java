package io.ispflow.catalog.item;

import io.ispflow.catalog.common.CatalogController;
import io.ispflow.contracts.catalog.RecurringItemChanged;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalog/recurring-items")
@Tag(name = "Recurring items", description = "Billed every month on top of the plan: router rental, fixed IP, ...")
class RecurringItemController extends CatalogController<RecurringItem, RecurringItemRequest, RecurringItemChanged> {

    RecurringItemController(RecurringItemService items) {
        super(items);
    }
}
