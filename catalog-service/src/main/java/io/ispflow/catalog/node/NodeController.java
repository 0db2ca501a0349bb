package io.ispflow.catalog.node;

import io.ispflow.catalog.common.CatalogController;
import io.ispflow.contracts.catalog.NodeChanged;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalog/nodes")
@Tag(
        name = "Nodes",
        description = "Servers, OLTs and access points, each in one active zone; lists also filter by zone=CODE")
class NodeController extends CatalogController<Node, NodeRequest, NodeChanged> {

    NodeController(NodeService nodes) {
        super(nodes);
    }

    @Override
    protected Set<String> exactFilters() {
        return Set.of("zone");
    }
}
