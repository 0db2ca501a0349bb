package io.ispflow.catalog.plan;

import io.ispflow.catalog.common.CatalogService;
import io.ispflow.contracts.catalog.CatalogKind;
import io.ispflow.contracts.catalog.PlanChanged;
import io.ispflow.platform.events.EventPublisher;
import java.time.Clock;
import org.springframework.stereotype.Service;

@Service
public class PlanService extends CatalogService<Plan, PlanRequest, PlanChanged> {

    PlanService(PlanRepository plans, EventPublisher events, Clock clock) {
        super(CatalogKind.PLAN, plans, events, clock);
    }

    @Override
    protected Plan newEntity(PlanRequest request) {
        return new Plan(request.code(), request.name(), request.technology(), request.speeds(), request.prices());
    }

    @Override
    protected void revise(Plan plan, PlanRequest request) {
        plan.revise(request.name(), request.technology(), request.speeds(), request.prices());
    }

    @Override
    public PlanChanged state(Plan plan) {
        return new PlanChanged(
                plan.getCode(),
                plan.getName(),
                plan.getTechnology().name(),
                plan.getDownloadMbps(),
                plan.getUploadMbps(),
                plan.monthlyPrice().amount(),
                plan.installationFee().amount(),
                plan.getCurrency(),
                plan.isActive(),
                plan.getVersion(),
                plan.getUpdatedAt());
    }
}
