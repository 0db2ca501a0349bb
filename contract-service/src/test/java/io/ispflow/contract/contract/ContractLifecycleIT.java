package io.ispflow.contract.contract;

import static io.ispflow.contract.fixtures.ContractRequests.aContractFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.contract.fixtures.ContractServiceTestSupport;
import io.ispflow.contract.fixtures.OrderEvents;
import io.ispflow.contracts.contract.ContractReactivated;
import io.ispflow.contracts.contract.ContractSuspended;
import io.ispflow.contracts.contract.ContractTerminated;
import io.ispflow.contracts.order.OrderCreated;
import io.ispflow.testsupport.Api;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Back office suspends, reactivates and terminates contracts, each with a reason and the ETag it last
 * saw; moves the lifecycle does not allow are 409s, and every move is published.
 */
class ContractLifecycleIT extends ContractServiceTestSupport {

    /** A contract whose installation succeeded. */
    private String anActiveContract() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anInstallationOrderSelling(catalog);
        String id = created(aContractFor(order.orderId())
                        .onNode(catalog.node().code())
                        .body())
                .get("id")
                .asString();
        kafka.publish(OrderEvents.completedSuccessfully(order));
        Awaitility.await()
                .atMost(EVENTUALLY)
                .until(() -> contract(id).get("status").asString().equals("ACTIVE"));
        return id;
    }

    private String anEnabledContract() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anInstallationOrderSelling(catalog);
        return created(aContractFor(order.orderId())
                        .onNode(catalog.node().code())
                        .body())
                .get("id")
                .asString();
    }

    private Api.Response move(String id, String action, String reason) {
        return asBackoffice()
                .header("If-Match", etagOf(id))
                .post("/api/contracts/" + id + "/" + action, Map.of("reason", reason));
    }

    @Test
    void shouldSuspendReactivateAndTerminateWithReasons() {
        String id = anActiveContract();

        var suspended = move(id, "suspension", "falta de pago");
        var reactivated = move(id, "reactivation", "pagó la deuda");
        var terminated = move(id, "termination", "se mudó a otra ciudad");

        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        assertThat(suspended.json().get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(reactivated.json().get("status").asString()).isEqualTo("REACTIVATED");
        assertThat(terminated.json().get("status").asString()).isEqualTo("TERMINATED");
        assertThat(terminated.header("ETag")).isNotEqualTo(reactivated.header("ETag"));
        JsonNode history = contract(id).get("history");
        assertThat(history.valueStream().map(change -> change.get("status").asString()))
                .containsExactly("ENABLED", "ACTIVE", "SUSPENDED", "REACTIVATED", "TERMINATED");
        assertThat(history.get(2).get("reason").asString()).isEqualTo("falta de pago");
        assertThat(history.get(2).get("by").asString()).isEqualTo("bea");

        JsonNode suspendedEvent = data(awaitPublished(id, ContractSuspended.class));
        assertThat(suspendedEvent.get("reason").asString()).isEqualTo("falta de pago");
        assertThat(suspendedEvent.get("by").asString()).isEqualTo("bea");
        assertThat(data(awaitPublished(id, ContractReactivated.class))
                        .get("reason")
                        .asString())
                .isEqualTo("pagó la deuda");
        assertThat(data(awaitPublished(id, ContractTerminated.class))
                        .get("reason")
                        .asString())
                .isEqualTo("se mudó a otra ciudad");
    }

    @Test
    void shouldSuspendAReactivatedContractAgain() {
        String id = anActiveContract();
        move(id, "suspension", "falta de pago");
        move(id, "reactivation", "pagó");

        assertThat(move(id, "suspension", "falta de pago otra vez").status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseMovesTheLifecycleDoesNotAllow() {
        String enabled = anEnabledContract();
        String active = anActiveContract();

        var suspendEnabled = move(enabled, "suspension", "todavía no instalado");
        var reactivateActive = move(active, "reactivation", "no estaba suspendido");
        move(enabled, "termination", "desistió");
        var terminateTwice = move(enabled, "termination", "otra vez");
        var reactivateTerminated = move(enabled, "reactivation", "volvió");

        assertThat(suspendEnabled.status()).isEqualTo(409);
        assertThat(problemType(suspendEnabled)).isEqualTo("urn:problem:ispflow:illegal-transition");
        assertThat(suspendEnabled.json().get("status").asString()).isEqualTo("ENABLED");
        assertThat(reactivateActive.status()).isEqualTo(409);
        assertThat(terminateTwice.status()).isEqualTo(409);
        assertThat(reactivateTerminated.status()).isEqualTo(409);
    }

    @Test
    void shouldRequireAReason() {
        String id = anActiveContract();

        var blank = move(id, "suspension", " ");
        var missing =
                asBackoffice().header("If-Match", etagOf(id)).post("/api/contracts/" + id + "/suspension", Map.of());

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(missing.status()).isEqualTo(400);
    }

    @Test
    void shouldRequireTheCurrentETag() {
        String id = anActiveContract();
        String seen = etagOf(id);

        var withoutIfMatch =
                asBackoffice().post("/api/contracts/" + id + "/suspension", Map.of("reason", "falta de pago"));
        var current = asBackoffice()
                .header("If-Match", seen)
                .post("/api/contracts/" + id + "/suspension", Map.of("reason", "falta de pago"));
        var stale = asBackoffice()
                .header("If-Match", seen)
                .post("/api/contracts/" + id + "/reactivation", Map.of("reason", "pagó"));

        assertThat(withoutIfMatch.status()).isEqualTo(428);
        assertThat(current.status()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(problemType(stale)).isEqualTo("urn:problem:ispflow:stale-version");
    }

    @Test
    void shouldLetOnlyBackofficeAndAdminsMoveAContract() {
        String id = anActiveContract();

        var sales = asSales("NORTE")
                .header("If-Match", etagOf(id))
                .post("/api/contracts/" + id + "/suspension", Map.of("reason", "falta de pago"));
        var readBySales = asSales("NORTE").get("/api/contracts/" + id);
        var admin = asAdmin()
                .header("If-Match", etagOf(id))
                .post("/api/contracts/" + id + "/suspension", Map.of("reason", "falta de pago"));

        assertThat(sales.status()).isEqualTo(403);
        assertThat(readBySales.status()).isEqualTo(200);
        assertThat(readBySales.header("ETag")).isNotBlank();
        assertThat(admin.status()).isEqualTo(200);
    }
}
