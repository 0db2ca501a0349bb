package io.ispflow.contract.contract;

import static io.ispflow.contract.fixtures.ContractRequests.aContractFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.contract.fixtures.ContractServiceTestSupport;
import io.ispflow.contracts.order.OrderCreated;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Zone visibility on every path: a caller holding only SUR neither sees nor makes anything of a NORTE
 * order, contract or customer; it is "not found", never a 403 that confirms it exists.
 */
class ZoneIsolationIT extends ContractServiceTestSupport {

    @Test
    void shouldNotLetABackofficeOfAnotherZoneSeeOrCreateTheContractOfAnOrder() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anInstallationOrderSelling(catalog);
        Map<String, Object> body =
                aContractFor(order.orderId()).onNode(catalog.node().code()).body();

        var form = asBackoffice("SUR").get("/api/contracts/prefill?orderId=" + order.orderId());
        var create = asBackoffice("SUR").post("/api/contracts", body);

        assertThat(form.status()).isEqualTo(404);
        assertThat(create.status()).isEqualTo(404);
        assertThat(problemType(create)).isEqualTo("urn:problem:ispflow:not-found");
        assertThat(asBackoffice("NORTE").post("/api/contracts", body).status()).isEqualTo(201);
    }

    @Test
    void shouldHideContractsAndCustomersOfOtherZones() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anInstallationOrderSelling(catalog);
        JsonNode contract = created(
                aContractFor(order.orderId()).onNode(catalog.node().code()).body());
        String id = contract.get("id").asString();
        String customerId = contract.get("customer").get("id").asString();

        assertThat(asBackoffice("SUR").get("/api/contracts/" + id).status()).isEqualTo(404);
        assertThat(asSales("SUR").get("/api/customers/" + customerId).status()).isEqualTo(404);
        assertThat(asBackoffice("SUR")
                        .header("If-Match", etagOf(id))
                        .post("/api/contracts/" + id + "/termination", Map.of("reason", "no es mío"))
                        .status())
                .isEqualTo(404);
        assertThat(asSales("NORTE").get("/api/contracts/" + id).status()).isEqualTo(200);
        assertThat(asSales("NORTE").get("/api/customers/" + customerId).status())
                .isEqualTo(200);
    }

    @Test
    void shouldFilterListsByTheCallersZones() {
        SoldCatalog north = aCatalogIn("NORTE");
        SoldCatalog south = aCatalogIn("SUR");
        created(aContractFor(anInstallationOrderSelling(north).orderId())
                .onNode(north.node().code())
                .body());
        created(aContractFor(anInstallationOrderSelling(south).orderId())
                .onNode(south.node().code())
                .body());

        JsonNode contracts = asSales("SUR").get("/api/contracts?size=200").json();
        JsonNode customers = asSales("SUR").get("/api/customers?size=200").json();
        JsonNode northOnly = asSales("SUR").get("/api/contracts?zone=NORTE").json();

        assertThat(contracts.get("items").valueStream().map(c -> c.get("zone").asString()))
                .isNotEmpty()
                .containsOnly("SUR");
        assertThat(contracts.get("total").asLong())
                .isEqualTo(contracts.get("items").size());
        assertThat(customers.get("items").valueStream().map(c -> c.get("zone").asString()))
                .isNotEmpty()
                .containsOnly("SUR");
        assertThat(northOnly.get("total").asLong()).isZero();
    }
}
