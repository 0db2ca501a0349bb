package io.ispflow.catalog.plan;

import io.ispflow.catalog.common.CatalogRepository;

public interface PlanRepository extends CatalogRepository<Plan> {}
