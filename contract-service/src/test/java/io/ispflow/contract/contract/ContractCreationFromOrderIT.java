package io.ispflow.contract.contract;

import static io.ispflow.contract.fixtures.ContractRequests.aContractFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.contract.fixtures.CatalogEvents;
import io.ispflow.contract.fixtures.ContractServiceTestSupport;
import io.ispflow.contract.fixtures.OrderEvents;
import io.ispflow.contracts.contract.ContractCreated;
import io.ispflow.contracts.contract.CustomerCreated;
import io.ispflow.contracts.order.OrderCreated;
import io.ispflow.contracts.shared.Offer;
import io.ispflow.testsupport.Api;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Seed 001, "crear el contrato desde la orden": back office opens the installation order's contract
 * form, finds customer, plan, items, discounts and address filled in from the real order event,
 * completes the technical part, and the contract keeps the prices of that moment.
 */
class ContractCreationFromOrderIT extends ContractServiceTestSupport {

    @Test
    void shouldPrefillTheFormFromTheInstallationOrderAndTheCatalog() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anInstallationOrderSelling(catalog);

        var response = asBackoffice("NORTE").get("/api/contracts/prefill?orderId=" + order.orderId());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode form = exact(response);
        assertThat(form.get("orderNumber").asString()).isEqualTo(order.number());
        assertThat(form.get("zone").asString()).isEqualTo("NORTE");
        assertThat(form.get("leadId").asString()).isEqualTo(order.leadId());
        assertThat(form.get("customer").get("id").isNull()).isTrue(); // the contract will create it
        assertThat(form.get("customer").get("contact").get("name").asString()).isEqualTo("Juana Pérez");
        assertThat(form.get("offer").get("plan").asString())
                .isEqualTo(catalog.plan().code());
        assertThat(form.get("location").get("address").asString()).isEqualTo("Av. Pellegrini 1234");
        assertThat(form.get("pricing").get("firstMonthTotal").decimalValue()).isEqualByComparingTo("15950.00");
        assertThat(form.get("nodes").valueStream().map(node -> node.get("code").asString()))
                .contains(catalog.node().code());
        assertThat(form.get("warnings").isEmpty()).isTrue();
    }

    @Test
    void shouldCreateTheContractWithEverythingPrefilledAndThePricesFrozen() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anInstallationOrderSelling(catalog);

        var response = asBackoffice("NORTE")
                .post(
                        "/api/contracts",
                        aContractFor(order.orderId())
                                .onNode(catalog.node().code())
                                .pppoe("jperez", "10.20.0.7")
                                .body());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.header("Location")).startsWith("/api/contracts/");
        assertThat(response.header("ETag")).isNotBlank();
        JsonNode contract = exact(response);
        assertThat(contract.get("number").asString()).matches("CT-[0-9]{6,}");
        assertThat(contract.get("status").asString()).isEqualTo("ENABLED");
        assertThat(contract.get("orderId").asString()).isEqualTo(order.orderId());
        assertThat(contract.get("ticketId").asString()).isEqualTo(order.ticketId());
        assertThat(contract.get("leadId").asString()).isEqualTo(order.leadId());
        assertThat(contract.get("zone").asString()).isEqualTo("NORTE");
        assertThat(contract.get("customer").get("number").asString()).matches("C-[0-9]{6,}");
        assertThat(contract.get("customer").get("documentNumber").asString())
                .isEqualTo(order.contact().documentNumber());
        assertThat(contract.get("offer").get("recurringItems").get(0).asString())
                .isEqualTo(catalog.item().code());
        assertThat(contract.get("location").get("city").asString()).isEqualTo("Rosario");
        assertThat(contract.get("technical").get("node").asString())
                .isEqualTo(catalog.node().code());
        assertThat(contract.get("technical").get("connectionMode").asString()).isEqualTo("PPPOE");
        assertThat(contract.get("technical").get("cpe").get("mac").asString()).isEqualTo("00:1A:2B:3C:4D:5E");
        assertThat(contract.get("installation").isNull()).isTrue();
        assertThat(contract.get("createdBy").asString()).isEqualTo("backoffice-NORTE");
        assertThat(contract.get("history").get(0).get("status").asString()).isEqualTo("ENABLED");

        JsonNode pricing = contract.get("pricing");
        assertThat(pricing.get("currency").asString()).isEqualTo("ARS");
        assertThat(pricing.get("lines")
                        .valueStream()
                        .map(line -> line.get("kind").asString() + " "
                                + line.get("monthlyAmount").decimalValue().toPlainString()))
                .containsExactly("PLAN 24900.00", "ITEM 3500.00", "DISCOUNT -12450.00");
        assertThat(pricing.get("lines").get(2).get("months").asInt()).isEqualTo(3);
        assertThat(pricing.get("installationFee").decimalValue()).isEqualTo(new BigDecimal("25000.00"));
        assertThat(pricing.get("firstMonthTotal").decimalValue()).isEqualTo(new BigDecimal("15950.00"));
        assertThat(pricing.get("regularMonthlyTotal").decimalValue()).isEqualTo(new BigDecimal("28400.00"));
    }

    @Test
    void shouldKeepTheFrozenPriceWhenTheCatalogChangesLater() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anInstallationOrderSelling(catalog);
        String id = created(aContractFor(order.orderId())
                        .onNode(catalog.node().code())
                        .body())
                .get("id")
                .asString();

        publishToCatalog(CatalogEvents.repriced(catalog.plan(), "29900.00"));

        JsonNode planLine = contract(id).get("pricing").get("lines").get(0);
        assertThat(planLine.get("monthlyAmount").decimalValue()).isEqualTo(new BigDecimal("24900.00"));
        // a new contract of the plan takes the new price
        OrderCreated later = anInstallationOrderSelling(catalog);
        JsonNode laterContract = created(
                aContractFor(later.orderId()).onNode(catalog.node().code()).body());
        assertThat(laterContract
                        .get("pricing")
                        .get("lines")
                        .get(0)
                        .get("monthlyAmount")
                        .decimalValue())
                .isEqualByComparingTo("29900.00");
    }

    @Test
    void shouldPublishContractCreatedAndCustomerCreatedMatchingTheirSchemas() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anInstallationOrderSelling(catalog);
        JsonNode contract = created(
                aContractFor(order.orderId()).onNode(catalog.node().code()).body());
        String contractId = contract.get("id").asString();
        String customerId = contract.get("customer").get("id").asString();

        JsonNode createdEvent = data(awaitPublished(contractId, ContractCreated.class));
        JsonNode customerEvent = opened(awaitPublished(customerId, CustomerCreated.class));

        assertThat(createdEvent.get("status").asString()).isEqualTo("ENABLED");
        assertThat(createdEvent.get("orderId").asString()).isEqualTo(order.orderId());
        assertThat(createdEvent.get("leadId").asString()).isEqualTo(order.leadId());
        assertThat(createdEvent.get("by").asString()).isEqualTo("bea");
        assertThat(createdEvent.get("pricing").get("firstMonthTotal").decimalValue())
                .isEqualTo(new BigDecimal("15950.00"));
        assertThat(customerEvent.get("leadId").asString()).isEqualTo(order.leadId());
        assertThat(customerEvent.get("contact").get("name").asString()).isEqualTo("Juana Pérez");
        assertThat(customerEvent.get("number").asString())
                .isEqualTo(contract.get("customer").get("number").asString());
    }

    @Test
    void shouldRefuseASecondContractForTheSameOrder() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anInstallationOrderSelling(catalog);
        String firstId = created(aContractFor(order.orderId())
                        .onNode(catalog.node().code())
                        .body())
                .get("id")
                .asString();

        var second = asBackoffice()
                .post(
                        "/api/contracts",
                        aContractFor(order.orderId())
                                .onNode(catalog.node().code())
                                .body());
        var form = asBackoffice().get("/api/contracts/prefill?orderId=" + order.orderId());

        assertThat(second.status()).isEqualTo(409);
        assertThat(problemType(second)).isEqualTo("urn:problem:ispflow:contract-exists");
        assertThat(second.json().get("contractId").asString()).isEqualTo(firstId);
        assertThat(form.status()).isEqualTo(409);
    }

    @Test
    void shouldCreateOneContractWhenTwoRequestsForTheOrderRace() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anInstallationOrderSelling(catalog);
        Api backoffice = asBackoffice();

        List<CompletableFuture<Api.Response>> requests = List.of("10.30.0.1", "10.30.0.2").stream()
                .map(ip -> CompletableFuture.supplyAsync(() -> backoffice.post(
                        "/api/contracts",
                        aContractFor(order.orderId())
                                .onNode(catalog.node().code())
                                .staticIp(ip)
                                .body())))
                .toList();
        List<Integer> statuses = requests.stream()
                .map(CompletableFuture::join)
                .map(Api.Response::status)
                .toList();

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        assertThat(count("SELECT count(*) FROM contract WHERE order_id = :id", order.orderId()))
                .isEqualTo(1);
    }

    @Test
    void shouldReplayTheFirstResponseToARetryWithTheSameIdempotencyKey() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anInstallationOrderSelling(catalog);
        Api client = asBackoffice().header("Idempotency-Key", UUID.randomUUID().toString());
        Map<String, Object> body =
                aContractFor(order.orderId()).onNode(catalog.node().code()).body();

        var first = client.post("/api/contracts", body);
        var retry = client.post("/api/contracts", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
    }

    @Test
    void shouldRefuseANodeOfAnotherZone() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anInstallationOrderSelling(catalog);
        String southNode = aNodeIn("SUR").code();

        var response = asBackoffice()
                .post(
                        "/api/contracts",
                        aContractFor(order.orderId()).onNode(southNode).body());

        assertThat(response.status()).isEqualTo(400);
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("technical.node");
        assertThat(error.get("message").asString()).contains("SUR");
    }

    @Test
    void shouldRefuseUnknownAndInactiveNodes() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anInstallationOrderSelling(catalog);
        var retired = aNodeIn("NORTE");
        publishToCatalog(CatalogEvents.deactivated(retired));

        var unknown = asBackoffice()
                .post(
                        "/api/contracts",
                        aContractFor(order.orderId()).onNode("OLT-NOPE").body());
        var inactive = asBackoffice()
                .post(
                        "/api/contracts",
                        aContractFor(order.orderId()).onNode(retired.code()).body());

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("message").asString())
                .contains("unknown node");
        assertThat(inactive.status()).isEqualTo(400);
        assertThat(inactive.json().get("errors").get(0).get("message").asString())
                .contains("inactive");
    }

    @Test
    void shouldApplyTheRulesOfEachConnectionMode() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anInstallationOrderSelling(catalog);
        String node = catalog.node().code();

        var staticWithoutIp = asBackoffice()
                .post(
                        "/api/contracts",
                        aContractFor(order.orderId())
                                .onNode(node)
                                .staticIp(null)
                                .body());
        var pppoeWithoutUser = asBackoffice()
                .post(
                        "/api/contracts",
                        aContractFor(order.orderId())
                                .onNode(node)
                                .pppoeUser(null)
                                .body());
        var dhcpWithUser = asBackoffice()
                .post(
                        "/api/contracts",
                        aContractFor(order.orderId())
                                .onNode(node)
                                .dhcp()
                                .pppoeUser("someone")
                                .body());
        var badMac = asBackoffice()
                .post(
                        "/api/contracts",
                        aContractFor(order.orderId())
                                .onNode(node)
                                .cpeMac("00:1A:2B")
                                .body());
        var badMode = asBackoffice()
                .post(
                        "/api/contracts",
                        aContractFor(order.orderId())
                                .onNode(node)
                                .connectionMode("FIBER")
                                .body());

        assertThat(fieldOf(staticWithoutIp)).isEqualTo("technical.ipAddress");
        assertThat(fieldOf(pppoeWithoutUser)).isEqualTo("technical.pppoeUser");
        assertThat(fieldOf(dhcpWithUser)).isEqualTo("technical.pppoeUser");
        assertThat(fieldOf(badMac)).isEqualTo("technical.cpe.mac");
        assertThat(badMode.status()).isEqualTo(400);
        assertThat(badMode.contentType()).startsWith("application/problem+json");
        // DHCP needs no address, and a contract can wait for its CPE
        var dhcp = asBackoffice()
                .post(
                        "/api/contracts",
                        aContractFor(order.orderId())
                                .onNode(node)
                                .dhcp()
                                .withoutCpe()
                                .body());
        assertThat(dhcp.status()).as(dhcp.toString()).isEqualTo(201);
        assertThat(dhcp.json().get("technical").get("ipAddress").isNull()).isTrue();
    }

    @Test
    void shouldAnswerAnUnknownOrderWith404() {
        var response = asBackoffice()
                .post(
                        "/api/contracts",
                        aContractFor(UUID.randomUUID().toString())
                                .onNode("OLT-X")
                                .body());
        var form = asBackoffice().get("/api/contracts/prefill?orderId=" + UUID.randomUUID());

        assertThat(response.status()).isEqualTo(404);
        assertThat(problemType(response)).isEqualTo("urn:problem:ispflow:not-found");
        assertThat(form.status()).isEqualTo(404);
    }

    @Test
    void shouldRefuseACancelledOrder() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anInstallationOrderSelling(catalog);
        awaitProcessed(kafka.publish(OrderEvents.cancelled(order, "el cliente se mudó")));

        var response = asBackoffice()
                .post(
                        "/api/contracts",
                        aContractFor(order.orderId())
                                .onNode(catalog.node().code())
                                .body());

        assertThat(response.status()).isEqualTo(409);
        assertThat(problemType(response)).isEqualTo("urn:problem:ispflow:order-cancelled");
        assertThat(response.json().get("detail").asString()).contains("el cliente se mudó");
    }

    @Test
    void shouldAskToRetryWhenTheCatalogCopyDoesNotKnowACodeOfTheOffer() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anOrderCopied(OrderEvents.anInstallationOrder()
                .selling(new Offer(catalog.plan().code(), List.of("ROUTER-NOT-YET"), List.of()))
                .build());

        var response = asBackoffice()
                .post(
                        "/api/contracts",
                        aContractFor(order.orderId())
                                .onNode(catalog.node().code())
                                .body());
        var form = asBackoffice().get("/api/contracts/prefill?orderId=" + order.orderId());

        assertThat(response.status()).isEqualTo(409);
        assertThat(problemType(response)).isEqualTo("urn:problem:ispflow:catalog-not-synced");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.json().get("pricing").isNull()).isTrue();
        assertThat(form.json().get("warnings").get(0).asString()).contains("ROUTER-NOT-YET");
    }

    @Test
    void shouldPriceAnOfferWhosePlanWasDeactivatedAfterTheSale() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anInstallationOrderSelling(catalog);
        publishToCatalog(CatalogEvents.deactivated(catalog.plan()));

        var response = asBackoffice()
                .post(
                        "/api/contracts",
                        aContractFor(order.orderId())
                                .onNode(catalog.node().code())
                                .body());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    void shouldLetOnlyBackofficeAndAdminsCreateContracts() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anInstallationOrderSelling(catalog);
        Map<String, Object> body =
                aContractFor(order.orderId()).onNode(catalog.node().code()).body();

        var sales = asSales("NORTE").post("/api/contracts", body);
        var salesForm = asSales("NORTE").get("/api/contracts/prefill?orderId=" + order.orderId());
        var admin = asAdmin().post("/api/contracts", body);

        assertThat(sales.status()).isEqualTo(403);
        assertThat(salesForm.status()).isEqualTo(403);
        assertThat(admin.status()).isEqualTo(201);
    }

    @Test
    void shouldIgnoreFeasibilityOrders() {
        OrderCreated survey = OrderEvents.anInstallationOrder().feasibility().build();
        String eventId = kafka.publish(survey);
        awaitProcessed(eventId);

        assertThat(count("SELECT count(*) FROM installation_order WHERE order_id = :id", survey.orderId()))
                .isZero();
    }

    private static String fieldOf(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        return response.json().get("errors").get(0).get("field").asString();
    }
}
