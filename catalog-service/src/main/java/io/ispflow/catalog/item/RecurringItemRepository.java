package io.ispflow.catalog.item;

import io.ispflow.catalog.common.CatalogRepository;

public interface RecurringItemRepository extends CatalogRepository<RecurringItem> {}
