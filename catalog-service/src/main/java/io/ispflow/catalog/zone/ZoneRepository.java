package io.ispflow.catalog.zone;

import io.ispflow.catalog.common.CatalogRepository;

public interface ZoneRepository extends CatalogRepository<Zone> {}
