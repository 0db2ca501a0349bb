package io.ispflow.catalog.zone;

import io.ispflow.catalog.common.CatalogService;
import io.ispflow.contracts.catalog.CatalogKind;
import io.ispflow.contracts.catalog.ZoneChanged;
import io.ispflow.platform.events.EventPublisher;
import io.ispflow.platform.problem.ConflictException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ZoneService extends CatalogService<Zone, ZoneRequest, ZoneChanged> {

    private final ZoneRepository zones;
    private final ZoneUsage usage;

    ZoneService(ZoneRepository zones, ZoneUsage usage, EventPublisher events, Clock clock) {
        super(CatalogKind.ZONE, zones, events, clock);
        this.zones = zones;
        this.usage = usage;
    }

    @Override
    protected Zone newEntity(ZoneRequest request) {
        return new Zone(request.code(), request.name(), request.description());
    }

    @Override
    protected void revise(Zone zone, ZoneRequest request) {
        zone.revise(request.name(), request.description());
    }

    @Override
    public ZoneChanged state(Zone zone) {
        return new ZoneChanged(
                zone.getCode(),
                zone.getName(),
                zone.getDescription(),
                zone.isActive(),
                zone.getVersion(),
                zone.getUpdatedAt());
    }

    /** A zone that active nodes still use cannot be deactivated (the zone is row-locked meanwhile). */
    @Override
    protected void checkCanDeactivate(Zone zone) {
        List<String> nodes = usage.activeNodesIn(zone.getCode());
        if (!nodes.isEmpty()) {
            throw new ConflictException(
                            "zone-in-use",
                            "Zone " + zone.getCode() + " is used by active nodes " + String.join(", ", nodes)
                                    + "; deactivate them or move them to another zone first.")
                    .with("activeNodes", nodes);
        }
    }

    /**
     * Whether a record may be placed in the zone: it exists and is active. The zone stays share-locked
     * until the caller's transaction ends, so a concurrent deactivation waits for it and then sees the
     * new user of the zone.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean isUsable(String code) {
        return code != null && zones.findForShare(code).map(Zone::isActive).orElse(false);
    }
}
