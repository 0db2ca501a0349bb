package io.ispflow.catalog.zone;

import io.ispflow.catalog.common.CatalogController;
import io.ispflow.catalog.common.CatalogResource;
import io.ispflow.contracts.catalog.ZoneChanged;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalog/zones")
@Tag(name = "Zones", description = "Work and coverage areas; a zone that active nodes use cannot be deactivated")
class ZoneController extends CatalogController<Zone, ZoneRequest, ZoneChanged> {

    ZoneController(ZoneService zones) {
        super(
                zones,
                new Names(
                        "zone",
                        "zones",
                        "NORTE",
                        new ZoneChanged(
                                "NORTE",
                                "Zona Norte",
                                "Barrios al norte de la ruta provincial y parque industrial",
                                true,
                                2,
                                CatalogResource.EXAMPLE_TIME)));
    }

    @Override
    public String rules() {
        return "Zones: a zone that active nodes use cannot be deactivated (409 zone-in-use, naming the nodes).";
    }
}
