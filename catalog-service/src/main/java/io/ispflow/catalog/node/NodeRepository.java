package io.ispflow.catalog.node;

import io.ispflow.catalog.common.CatalogRepository;
import java.util.List;
import org.springframework.data.jpa.repository.Query;

public interface NodeRepository extends CatalogRepository<Node> {

    @Query("select n.code from Node n where n.zone = :zone and n.active = true order by n.code")
    List<String> activeCodesIn(String zone);
}
