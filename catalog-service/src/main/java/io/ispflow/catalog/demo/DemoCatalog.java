package io.ispflow.catalog.demo;

import io.ispflow.catalog.common.CatalogRequest;
import io.ispflow.catalog.common.CatalogService;
import io.ispflow.catalog.discount.DiscountRequest;
import io.ispflow.catalog.discount.DiscountService;
import io.ispflow.catalog.discount.DiscountType;
import io.ispflow.catalog.item.RecurringItemRequest;
import io.ispflow.catalog.item.RecurringItemService;
import io.ispflow.catalog.node.NodeKind;
import io.ispflow.catalog.node.NodeRequest;
import io.ispflow.catalog.node.NodeService;
import io.ispflow.catalog.origin.OriginRequest;
import io.ispflow.catalog.origin.OriginService;
import io.ispflow.catalog.plan.PlanRequest;
import io.ispflow.catalog.plan.PlanService;
import io.ispflow.catalog.plan.Technology;
import io.ispflow.catalog.zone.ZoneRequest;
import io.ispflow.catalog.zone.ZoneService;
import io.ispflow.platform.problem.ConflictException;
import java.math.BigDecimal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Demo catalog of a small Argentine ISP for the local stack ({@code ispflow.catalog.demo-data=true},
 * set by the {@code local} profile). Created through the application services, so every entity is
 * published like any other change; idempotent: codes that exist (even if changed or deactivated since)
 * are left alone, so a restart creates nothing.
 */
@Component
@ConditionalOnProperty(name = "ispflow.catalog.demo-data", havingValue = "true")
public class DemoCatalog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);
    private static final String ARS = "ARS";

    static final List<ZoneRequest> ZONES = List.of(
            new ZoneRequest("NORTE", "Zona Norte", "Barrios al norte de la ruta provincial y parque industrial"),
            new ZoneRequest("SUR", "Zona Sur", "Barrios al sur de las vías"),
            new ZoneRequest("CENTRO", "Centro", "Microcentro y casco histórico"),
            new ZoneRequest("RURAL-ESTE", "Rural Este", "Chacras y parajes al este; cobertura inalámbrica"));

    static final List<OriginRequest> ORIGINS = List.of(
            new OriginRequest("WEB", "Web"),
            new OriginRequest("TELEFONO", "Llamada telefónica"),
            new OriginRequest("FACEBOOK", "Campaña Facebook"),
            new OriginRequest("REFERIDO", "Referido"),
            new OriginRequest("SUCURSAL", "Sucursal"));

    static final List<PlanRequest> PLANS = List.of(
            plan("FIBRA-100", "Fibra 100 Mbps", Technology.FIBER, 100, 50, "18500.00", "25000.00"),
            plan("FIBRA-300", "Fibra 300 Mbps", Technology.FIBER, 300, 150, "24900.00", "25000.00"),
            plan("FIBRA-600", "Fibra 600 Mbps", Technology.FIBER, 600, 300, "32900.00", "25000.00"),
            plan("AIRE-20", "Inalámbrico 20 Mbps", Technology.WIRELESS, 20, 5, "14900.00", "45000.00"),
            plan("AIRE-50", "Inalámbrico 50 Mbps", Technology.WIRELESS, 50, 10, "19900.00", "45000.00"));

    static final List<RecurringItemRequest> RECURRING_ITEMS = List.of(
            new RecurringItemRequest("ROUTER-WIFI6", "Alquiler de router Wi-Fi 6", new BigDecimal("3500.00"), ARS),
            new RecurringItemRequest("IP-FIJA", "IP fija", new BigDecimal("6000.00"), ARS));

    static final List<DiscountRequest> DISCOUNTS = List.of(new DiscountRequest(
            "PROMO-50-3M", "Promoción 50% por 3 meses", DiscountType.PERCENT, new BigDecimal("50"), null, 3));

    static final List<NodeRequest> NODES = List.of(
            node(
                    "OLT-NORTE-1",
                    "OLT Central Norte",
                    "NORTE",
                    NodeKind.OLT,
                    "Central Norte, Av. San Martín 4200",
                    "-34.571200",
                    "-58.423100"),
            node(
                    "SRV-NORTE",
                    "Servidor BNG Norte",
                    "NORTE",
                    NodeKind.SERVER,
                    "Central Norte, rack 2",
                    "-34.571200",
                    "-58.423100"),
            node(
                    "OLT-SUR-1",
                    "OLT Nodo Sur",
                    "SUR",
                    NodeKind.OLT,
                    "Nodo Sur, calle 12 y 47",
                    "-34.652300",
                    "-58.441800"),
            node(
                    "AP-SUR-TANQUE",
                    "AP Tanque Barrio Sur",
                    "SUR",
                    NodeKind.ACCESS_POINT,
                    "Tanque de agua del barrio Sur",
                    "-34.660900",
                    "-58.450200"),
            node(
                    "OLT-CENTRO-1",
                    "OLT Centro",
                    "CENTRO",
                    NodeKind.OLT,
                    "Data center Centro, Rivadavia 850",
                    "-34.608500",
                    "-58.373200"),
            node(
                    "SRV-CENTRO",
                    "Servidor core Centro",
                    "CENTRO",
                    NodeKind.SERVER,
                    "Data center Centro, sala 1",
                    "-34.608500",
                    "-58.373200"),
            node(
                    "AP-RURAL-ESTE-1",
                    "AP Torre Ruta 7",
                    "RURAL-ESTE",
                    NodeKind.ACCESS_POINT,
                    "Torre ruta 7, km 32",
                    "-34.590000",
                    "-58.210000"),
            node(
                    "AP-RURAL-ESTE-2",
                    "AP Silo La Esperanza",
                    "RURAL-ESTE",
                    NodeKind.ACCESS_POINT,
                    "Silo de la cooperativa, paraje La Esperanza",
                    "-34.615000",
                    "-58.160000"));

    private final ZoneService zones;
    private final OriginService origins;
    private final PlanService plans;
    private final RecurringItemService items;
    private final DiscountService discounts;
    private final NodeService nodes;

    DemoCatalog(
            ZoneService zones,
            OriginService origins,
            PlanService plans,
            RecurringItemService items,
            DiscountService discounts,
            NodeService nodes) {
        this.zones = zones;
        this.origins = origins;
        this.plans = plans;
        this.items = items;
        this.discounts = discounts;
        this.nodes = nodes;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int created = createMissing(zones, ZONES)
                + createMissing(origins, ORIGINS)
                + createMissing(plans, PLANS)
                + createMissing(items, RECURRING_ITEMS)
                + createMissing(discounts, DISCOUNTS)
                + createMissing(nodes, NODES); // after the zones they are in
        log.info("Demo catalog: {} entities created, the others were already there", created);
    }

    /** Creates the entities whose code is not taken; returns how many it created. */
    private static <R extends CatalogRequest> int createMissing(CatalogService<?, R, ?> service, List<R> requests) {
        int created = 0;
        for (R request : requests) {
            if (service.exists(request.code())) {
                continue;
            }
            try {
                service.create(request);
                created++;
            } catch (ConflictException | DataIntegrityViolationException takenMeanwhile) {
                // another replica created it between the check and the insert: that is fine
            }
        }
        return created;
    }

    private static PlanRequest plan(
            String code, String name, Technology technology, int down, int up, String monthly, String installation) {
        return new PlanRequest(
                code, name, technology, down, up, new BigDecimal(monthly), new BigDecimal(installation), ARS);
    }

    private static NodeRequest node(
            String code, String name, String zone, NodeKind kind, String location, String lat, String lon) {
        return new NodeRequest(code, name, zone, kind, location, new BigDecimal(lat), new BigDecimal(lon));
    }
}
