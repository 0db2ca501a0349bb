package io.ispflow.catalog.discount;

import io.ispflow.catalog.common.CatalogController;
import io.ispflow.contracts.catalog.DiscountChanged;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalog/discounts")
@Tag(
        name = "Discounts",
        description = "A percentage or a fixed amount off the plan's monthly price, for N months or permanently")
class DiscountController extends CatalogController<Discount, DiscountRequest, DiscountChanged> {

    DiscountController(DiscountService discounts) {
        super(discounts);
    }
}
