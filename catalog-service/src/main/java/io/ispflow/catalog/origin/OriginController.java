package io.ispflow.catalog.origin;

import io.ispflow.catalog.common.CatalogController;
import io.ispflow.catalog.common.CatalogResource;
import io.ispflow.contracts.catalog.OriginChanged;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalog/origins")
@Tag(name = "Origins", description = "Where leads come from: WEB, TELEFONO, FACEBOOK, REFERIDO, SUCURSAL, ...")
class OriginController extends CatalogController<Origin, OriginRequest, OriginChanged> {

    OriginController(OriginService origins) {
        super(
                origins,
                new Names(
                        "origin",
                        "origins",
                        "WEB",
                        new OriginChanged("WEB", "Web", true, 1, CatalogResource.EXAMPLE_TIME)));
    }
}
