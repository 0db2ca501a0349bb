package io.ispflow.contract.contract;

import static io.ispflow.contract.fixtures.ContractRequests.aContractFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.contract.fixtures.ContractServiceTestSupport;
import io.ispflow.contracts.catalog.NodeChanged;
import io.ispflow.contracts.order.OrderCreated;
import io.ispflow.testsupport.Api;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An IP address belongs to at most one live contract of a node, whatever its spelling and however
 * many requests race for it; another node, or the end of the contract holding it, frees it.
 */
class IpAddressUniquenessIT extends ContractServiceTestSupport {

    private static SoldCatalog refusedCatalog;
    private static OrderCreated refusedOrder;

    private Api.Response createWith(SoldCatalog catalog, String node, String ipAddress) {
        OrderCreated order = anInstallationOrderSelling(catalog);
        return asBackoffice()
                .post(
                        "/api/contracts",
                        aContractFor(order.orderId())
                                .onNode(node)
                                .staticIp(ipAddress)
                                .body());
    }

    @Test
    void shouldRefuseAnAddressTakenOnTheSameNode() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        String node = catalog.node().code();
        assertThat(createWith(catalog, node, "10.40.0.10").status()).isEqualTo(201);

        var second = createWith(catalog, node, "10.40.0.10");

        assertThat(second.status()).isEqualTo(409);
        assertThat(problemType(second)).isEqualTo("urn:problem:ispflow:ip-in-use");
        assertThat(second.json().get("ipAddress").asString()).isEqualTo("10.40.0.10");
        assertThat(second.json().get("detail").asString()).contains("10.40.0.10", node);
    }

    @Test
    void shouldAcceptTheSameAddressOnAnotherNode() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        NodeChanged otherNode = aNodeIn("NORTE");
        assertThat(createWith(catalog, catalog.node().code(), "10.41.0.10").status())
                .isEqualTo(201);

        var onOtherNode = createWith(catalog, otherNode.code(), "10.41.0.10");

        assertThat(onOtherNode.status()).as(onOtherNode.toString()).isEqualTo(201);
    }

    @Test
    void shouldStoreIpv6InCanonicalFormSoThatTwoSpellingsCollide() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        String node = catalog.node().code();

        var first = createWith(catalog, node, "2001:DB8:0::1");
        var second = createWith(catalog, node, "2001:db8::0:1");

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("technical").get("ipAddress").asString()).isEqualTo("2001:db8::1");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("ipAddress").asString()).isEqualTo("2001:db8::1");
    }

    @Test
    void shouldGiveTheAddressToExactlyOneOfManyConcurrentRequests() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        String node = catalog.node().code();
        List<Map<String, Object>> bodies = IntStream.range(0, 4)
                .mapToObj(i -> aContractFor(anInstallationOrderSelling(catalog).orderId())
                        .onNode(node)
                        .staticIp("10.42.0.99")
                        .body())
                .toList();
        Api backoffice = asBackoffice();

        List<CompletableFuture<Api.Response>> racing = bodies.stream()
                .map(body -> CompletableFuture.supplyAsync(() -> backoffice.post("/api/contracts", body)))
                .toList();
        List<Api.Response> responses =
                racing.stream().map(CompletableFuture::join).toList();

        assertThat(responses).extracting(Api.Response::status).containsOnly(201, 409);
        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() == 409).allSatisfy(r -> assertThat(problemType(r))
                .isEqualTo("urn:problem:ispflow:ip-in-use"));
        assertThat(jdbc.sql("SELECT count(*) FROM contract WHERE node = :node AND ip_address = '10.42.0.99'")
                        .param("node", node)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void shouldFreeTheAddressOfATerminatedContract() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        String node = catalog.node().code();
        String id = createWith(catalog, node, "10.43.0.5").json().get("id").asString();
        var terminated = asBackoffice()
                .header("If-Match", etagOf(id))
                .post("/api/contracts/" + id + "/termination", Map.of("reason", "baja antes de instalar"));
        assertThat(terminated.status()).as(terminated.toString()).isEqualTo(200);

        var reused = createWith(catalog, node, "10.43.0.5");

        assertThat(reused.status()).as(reused.toString()).isEqualTo(201);
        // the terminated contract still shows the address it had
        assertThat(contract(id).get("technical").get("ipAddress").asString()).isEqualTo("10.43.0.5");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10.0.0.256",
                "10.0.0",
                "010.0.0.1",
                "10.0.0.1/24",
                "router.example.com",
                "2001:db8::1::2",
                "2001:db8:0:0:0:0:0:0:1",
                "12345::1",
                "fe80::1%eth0",
                "127.0.0.1",
                "0.0.0.0",
                "::",
                "ff02::1",
                "224.0.0.5"
            })
    void shouldRefuseWhatIsNotAnAddressACustomerCanBeGiven(String ipAddress) {
        if (refusedOrder == null) {
            // a refused request changes nothing, so every case can try the same order
            refusedCatalog = aCatalogIn("NORTE");
            refusedOrder = anInstallationOrderSelling(refusedCatalog);
        }

        var response = asBackoffice()
                .post(
                        "/api/contracts",
                        aContractFor(refusedOrder.orderId())
                                .onNode(refusedCatalog.node().code())
                                .staticIp(ipAddress)
                                .body());

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("technical.ipAddress");
    }
}
