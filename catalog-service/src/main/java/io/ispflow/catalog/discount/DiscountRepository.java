package io.ispflow.catalog.discount;

import io.ispflow.catalog.common.CatalogRepository;

public interface DiscountRepository extends CatalogRepository<Discount> {}
