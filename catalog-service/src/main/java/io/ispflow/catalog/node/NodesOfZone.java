package io.ispflow.catalog.node;

import io.ispflow.catalog.zone.ZoneUsage;
import java.util.List;
import org.springframework.stereotype.Component;

/** Tells zones which active nodes use them. */
@Component
class NodesOfZone implements ZoneUsage {

    private final NodeRepository nodes;

    NodesOfZone(NodeRepository nodes) {
        this.nodes = nodes;
    }

    @Override
    public List<String> activeNodesIn(String zone) {
        return nodes.activeCodesIn(zone);
    }
}
