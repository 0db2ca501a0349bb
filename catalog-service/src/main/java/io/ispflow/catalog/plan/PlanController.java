package io.ispflow.catalog.plan;

import io.ispflow.catalog.common.CatalogController;
import io.ispflow.catalog.common.CatalogResource;
import io.ispflow.contracts.catalog.PlanChanged;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.Set;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalog/plans")
@Tag(name = "Plans", description = "Internet plans: technology, speeds, monthly price and installation fee")
class PlanController extends CatalogController<Plan, PlanRequest, PlanChanged> {

    PlanController(PlanService plans) {
        super(
                plans,
                new Names(
                        "plan",
                        "plans",
                        "FIBRA-300",
                        new PlanChanged(
                                "FIBRA-300",
                                "Fibra 300 Mbps",
                                "FIBER",
                                300,
                                150,
                                new BigDecimal("24900.00"),
                                new BigDecimal("25000.00"),
                                "ARS",
                                true,
                                3,
                                CatalogResource.EXAMPLE_TIME)));
    }

    @Override
    public String rules() {
        return "Plans: speeds are 1 to 100000 Mbps; the monthly price and the installation fee are amounts of at"
                + " least 0 with at most 2 decimals, in a known ISO 4217 currency (400 otherwise).";
    }

    @Override
    protected Set<String> extraSortable() {
        return Set.of("monthlyPrice", "downloadMbps");
    }
}
