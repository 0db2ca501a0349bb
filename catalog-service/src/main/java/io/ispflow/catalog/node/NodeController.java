package io.ispflow.catalog.node;

import io.ispflow.catalog.common.CatalogController;
import io.ispflow.catalog.common.CatalogResource;
import io.ispflow.contracts.catalog.NodeChanged;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalog/nodes")
@Tag(
        name = "Nodes",
        description = "Servers, OLTs and access points, each in one active zone; lists also filter by zone=CODE")
class NodeController extends CatalogController<Node, NodeRequest, NodeChanged> {

    NodeController(NodeService nodes) {
        super(
                nodes,
                new Names(
                        "node",
                        "nodes",
                        "OLT-NORTE-1",
                        new NodeChanged(
                                "OLT-NORTE-1",
                                "OLT Central Norte",
                                "NORTE",
                                "OLT",
                                "Central Norte, Av. San Martín 4200",
                                new BigDecimal("-34.571200"),
                                new BigDecimal("-58.423100"),
                                true,
                                1,
                                CatalogResource.EXAMPLE_TIME)));
    }

    @Override
    public List<ExactFilter> exactFilters() {
        return List.of(new ExactFilter("zone", "Only the nodes of this zone (a zone's code)", "NORTE"));
    }

    @Override
    public String rules() {
        return "Nodes: a node needs an active zone. Creating a node in, or moving one to, an unknown or inactive"
                + " zone is a 400 on zone; activating a node whose zone is inactive is a 409 zone-inactive. A node"
                + " may keep a zone that was deactivated after it was placed there.";
    }
}
