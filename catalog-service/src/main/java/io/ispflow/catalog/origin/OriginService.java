package io.ispflow.catalog.origin;

import io.ispflow.catalog.common.CatalogService;
import io.ispflow.contracts.catalog.CatalogKind;
import io.ispflow.contracts.catalog.OriginChanged;
import io.ispflow.platform.events.EventPublisher;
import java.time.Clock;
import org.springframework.stereotype.Service;

@Service
public class OriginService extends CatalogService<Origin, OriginRequest, OriginChanged> {

    OriginService(OriginRepository origins, EventPublisher events, Clock clock) {
        super(CatalogKind.ORIGIN, origins, events, clock);
    }

    @Override
    protected Origin newEntity(OriginRequest request) {
        return new Origin(request.code(), request.name());
    }

    @Override
    protected void revise(Origin origin, OriginRequest request) {
        origin.revise(request.name());
    }

    @Override
    public OriginChanged state(Origin origin) {
        return new OriginChanged(
                origin.getCode(), origin.getName(), origin.isActive(), origin.getVersion(), origin.getUpdatedAt());
    }
}
