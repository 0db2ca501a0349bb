package io.ispflow.catalog.discount;

import io.ispflow.catalog.common.CatalogService;
import io.ispflow.contracts.catalog.CatalogKind;
import io.ispflow.contracts.catalog.DiscountChanged;
import io.ispflow.platform.events.EventPublisher;
import java.time.Clock;
import org.springframework.stereotype.Service;

@Service
public class DiscountService extends CatalogService<Discount, DiscountRequest, DiscountChanged> {

    DiscountService(DiscountRepository discounts, EventPublisher events, Clock clock) {
        super(CatalogKind.DISCOUNT, discounts, events, clock);
    }

    @Override
    protected Discount newEntity(DiscountRequest request) {
        return new Discount(request.code(), request.name(), request.terms());
    }

    @Override
    protected void revise(Discount discount, DiscountRequest request) {
        discount.revise(request.name(), request.terms());
    }

    @Override
    public DiscountChanged state(Discount discount) {
        return new DiscountChanged(
                discount.getCode(),
                discount.getName(),
                discount.getType().name(),
                discount.getValue(),
                discount.getCurrency(),
                discount.getDurationMonths(),
                discount.isActive(),
                discount.getVersion(),
                discount.getUpdatedAt());
    }
}
