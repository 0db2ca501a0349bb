package io.ispflow.catalog.zone;

import java.util.List;

/** What still uses a zone; implemented where the users live (the node feature), so zones do not depend on them. */
public interface ZoneUsage {

    /** The codes of the active nodes in the zone, ordered. */
    List<String> activeNodesIn(String zone);
}
