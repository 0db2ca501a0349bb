package io.ispflow.contract.pricing;

import io.ispflow.contracts.catalog.DiscountChanged;
import io.ispflow.contracts.catalog.PlanChanged;
import io.ispflow.contracts.catalog.RecurringItemChanged;
import io.ispflow.contracts.contract.Pricing;
import io.ispflow.contracts.shared.Offer;
import io.ispflow.platform.catalog.CatalogCopy;
import io.ispflow.platform.problem.ConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Prices an offer from the service's copy of the catalog, at this moment: the prices a contract keeps
 * whatever the catalog does later. The offer's codes are the ones it was sold with, so a code
 * deactivated since then still prices (it stays valid on existing records); a code the copy does not
 * hold yet is a 409 {@code catalog-not-synced} (retry once the catalog events have arrived).
 */
@Component
public class PriceFreezer {

    private final CatalogCopy catalog;

    PriceFreezer(CatalogCopy catalog) {
        this.catalog = catalog;
    }

    public Pricing freeze(Offer offer) {
        List<String> missing = new ArrayList<>();
        PlanChanged plan = found(catalog.plan(offer.plan()), "plan " + offer.plan(), missing);
        List<RecurringItemChanged> items = new ArrayList<>();
        for (String code : offer.recurringItems()) {
            items.add(found(catalog.recurringItem(code), "recurring item " + code, missing));
        }
        List<DiscountChanged> discounts = new ArrayList<>();
        for (String code : offer.discounts()) {
            discounts.add(found(catalog.discount(code), "discount " + code, missing));
        }
        if (!missing.isEmpty()) {
            throw new ConflictException(
                            "catalog-not-synced",
                            "The catalog copy of this service does not know " + String.join(", ", missing)
                                    + " yet; retry in a moment.")
                    .with("missing", List.copyOf(missing));
        }
        List<String> foreign = new ArrayList<>();
        items.stream()
                .filter(item -> !plan.currency().equals(item.currency()))
                .forEach(item -> foreign.add("recurring item " + item.code() + " (" + item.currency() + ")"));
        discounts.stream()
                .filter(discount ->
                        "AMOUNT".equals(discount.type()) && !plan.currency().equals(discount.currency()))
                .forEach(discount -> foreign.add("discount " + discount.code() + " (" + discount.currency() + ")"));
        if (!foreign.isEmpty()) {
            throw new ConflictException(
                    "currency-mismatch",
                    "The offer cannot be priced in one currency: the plan is in " + plan.currency() + " but "
                            + String.join(", ", foreign) + " is not.");
        }
        return PriceCalculator.price(plan, items, discounts);
    }

    private static <T> T found(Optional<T> entity, String what, List<String> missing) {
        if (entity.isEmpty()) {
            missing.add(what);
            return null;
        }
        return entity.get();
    }
}
