package io.ispflow.catalog.node;

import io.ispflow.catalog.common.CatalogService;
import io.ispflow.catalog.zone.ZoneService;
import io.ispflow.contracts.catalog.CatalogKind;
import io.ispflow.contracts.catalog.NodeChanged;
import io.ispflow.platform.events.EventPublisher;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.problem.ConflictException;
import java.time.Clock;
import org.springframework.stereotype.Service;

@Service
public class NodeService extends CatalogService<Node, NodeRequest, NodeChanged> {

    private final ZoneService zones;

    NodeService(NodeRepository nodes, ZoneService zones, EventPublisher events, Clock clock) {
        super(CatalogKind.NODE, nodes, events, clock);
        this.zones = zones;
    }

    @Override
    protected Node newEntity(NodeRequest request) {
        return new Node(request.code(), request.name(), request.zone(), request.kind(), request.site());
    }

    @Override
    protected void revise(Node node, NodeRequest request) {
        node.revise(request.name(), request.zone(), request.kind(), request.site());
    }

    @Override
    public NodeChanged state(Node node) {
        return new NodeChanged(
                node.getCode(),
                node.getName(),
                node.getZone(),
                node.getKind().name(),
                node.getLocation(),
                node.getLatitude(),
                node.getLongitude(),
                node.isActive(),
                node.getVersion(),
                node.getUpdatedAt());
    }

    /** A new node, or one moved to another zone, needs an active zone; keeping an inactive one is allowed. */
    @Override
    protected void checkReferences(NodeRequest request, Node current) {
        boolean keepsZone = current != null && current.getZone().equals(request.zone());
        if (!keepsZone && !zones.isUsable(request.zone())) {
            throw BadRequestException.invalidField("zone", "unknown or inactive zone " + request.zone());
        }
    }

    /** An active node needs an active zone. */
    @Override
    protected void checkCanActivate(Node node) {
        if (!zones.isUsable(node.getZone())) {
            throw new ConflictException(
                    "zone-inactive",
                    "Node " + node.getCode() + " is in the inactive zone " + node.getZone()
                            + "; activate the zone or move the node first.");
        }
    }
}
