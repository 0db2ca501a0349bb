package io.ispflow.catalog.origin;

import io.ispflow.catalog.common.CatalogRepository;

public interface OriginRepository extends CatalogRepository<Origin> {}
