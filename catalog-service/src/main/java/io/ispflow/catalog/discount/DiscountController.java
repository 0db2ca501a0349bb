package io.ispflow.catalog.discount;

import io.ispflow.catalog.common.CatalogController;
import io.ispflow.catalog.common.CatalogResource;
import io.ispflow.contracts.catalog.DiscountChanged;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalog/discounts")
@Tag(
        name = "Discounts",
        description = "A percentage or a fixed amount off the plan's monthly price, for N months or permanently")
class DiscountController extends CatalogController<Discount, DiscountRequest, DiscountChanged> {

    DiscountController(DiscountService discounts) {
        super(
                discounts,
                new Names(
                        "discount",
                        "discounts",
                        "PROMO-50-3M",
                        new DiscountChanged(
                                "PROMO-50-3M",
                                "Promoción 50% por 3 meses",
                                "PERCENT",
                                new BigDecimal("50"),
                                null,
                                3,
                                true,
                                1,
                                CatalogResource.EXAMPLE_TIME)));
    }

    @Override
    public String rules() {
        return "Discounts: PERCENT takes value % (over 0, at most 100, 2 decimals) of the plan's monthly price and"
                + " has no currency; AMOUNT takes value (over 0, 2 decimals) in its ISO 4217 currency. Either"
                + " applies to months 1..durationMonths (1 to 120) of a contract, or to every month when"
                + " durationMonths is absent. Neither ever reduces the installation fee or the recurring items.";
    }
}
