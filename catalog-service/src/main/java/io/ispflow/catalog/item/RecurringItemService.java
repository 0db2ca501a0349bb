package io.ispflow.catalog.item;

import io.ispflow.catalog.common.CatalogService;
import io.ispflow.contracts.catalog.CatalogKind;
import io.ispflow.contracts.catalog.RecurringItemChanged;
import io.ispflow.platform.events.EventPublisher;
import java.time.Clock;
import org.springframework.stereotype.Service;

@Service
public class RecurringItemService extends CatalogService<RecurringItem, RecurringItemRequest, RecurringItemChanged> {

    RecurringItemService(RecurringItemRepository items, EventPublisher events, Clock clock) {
        super(CatalogKind.RECURRING_ITEM, items, events, clock);
    }

    @Override
    protected RecurringItem newEntity(RecurringItemRequest request) {
        return new RecurringItem(request.code(), request.name(), request.price());
    }

    @Override
    protected void revise(RecurringItem item, RecurringItemRequest request) {
        item.revise(request.name(), request.price());
    }

    @Override
    public RecurringItemChanged state(RecurringItem item) {
        return new RecurringItemChanged(
                item.getCode(),
                item.getName(),
                item.monthlyPrice().amount(),
                item.monthlyPrice().currency(),
                item.isActive(),
                item.getVersion(),
                item.getUpdatedAt());
    }
}
