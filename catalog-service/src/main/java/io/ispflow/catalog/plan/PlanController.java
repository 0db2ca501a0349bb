package io.ispflow.catalog.plan;

import io.ispflow.catalog.common.CatalogController;
import io.ispflow.contracts.catalog.PlanChanged;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalog/plans")
@Tag(name = "Plans", description = "Internet plans: technology, speeds, monthly price and installation fee")
class PlanController extends CatalogController<Plan, PlanRequest, PlanChanged> {

    PlanController(PlanService plans) {
        super(plans);
    }

    @Override
    protected Set<String> extraSortable() {
        return Set.of("monthlyPrice", "downloadMbps");
    }
}
