package io.ispflow.contract;

import static io.ispflow.contract.fixtures.ContractRequests.aContractFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.contract.fixtures.ContractServiceTestSupport;
import io.ispflow.contract.fixtures.OrderEvents;
import io.ispflow.contracts.contract.CustomerCreated;
import io.ispflow.contracts.order.OrderCreated;
import io.ispflow.testsupport.Api;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A lead becomes a customer with its first contract (C-000123), once: one customer may hold several
 * contracts. Customers are listed and searched by name, document or number.
 */
class CustomersIT extends ContractServiceTestSupport {

    private OrderCreated anOrderOfLead(SoldCatalog catalog, String leadId, String name, String document) {
        return anOrderCopied(OrderEvents.anInstallationOrder()
                .inZone(catalog.zone())
                .forLead(leadId)
                .forCustomer(name, document)
                .selling(catalog.offer())
                .build());
    }

    @Test
    void shouldCreateTheCustomerOnceForTwoContractsOfTheSameLead() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        String leadId = UUID.randomUUID().toString();
        OrderCreated home = anOrderOfLead(catalog, leadId, "Marta Gómez", "27111222");
        OrderCreated shop = anOrderOfLead(catalog, leadId, "Marta Gómez", "27111222");

        JsonNode first = created(
                aContractFor(home.orderId()).onNode(catalog.node().code()).body());
        var form = asBackoffice().get("/api/contracts/prefill?orderId=" + shop.orderId());
        JsonNode second = created(
                aContractFor(shop.orderId()).onNode(catalog.node().code()).body());

        String customerId = first.get("customer").get("id").asString();
        assertThat(form.json().get("customer").get("id").asString()).isEqualTo(customerId);
        assertThat(second.get("customer").get("id").asString()).isEqualTo(customerId);
        assertThat(second.get("customer").get("number").asString())
                .isEqualTo(first.get("customer").get("number").asString());
        assertThat(eventsWritten(customerId, CustomerCreated.class)).isEqualTo(1);
        JsonNode customer = asSales("NORTE").get("/api/customers/" + customerId).json();
        assertThat(customer.get("leadId").asString()).isEqualTo(leadId);
        assertThat(customer.get("contracts").valueStream().map(c -> c.get("id").asString()))
                .containsExactly(first.get("id").asString(), second.get("id").asString());
    }

    @Test
    void shouldCreateOneCustomerWhenTheLeadsFirstTwoContractsRace() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        String leadId = UUID.randomUUID().toString();
        List<OrderCreated> orders = List.of(
                anOrderOfLead(catalog, leadId, "Luis Díaz", "20333444"),
                anOrderOfLead(catalog, leadId, "Luis Díaz", "20333444"));
        Api backoffice = asBackoffice();

        List<Api.Response> responses = orders.stream()
                .map(order -> CompletableFuture.supplyAsync(() -> backoffice.post(
                        "/api/contracts",
                        aContractFor(order.orderId())
                                .onNode(catalog.node().code())
                                .body())))
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .toList();

        assertThat(responses).extracting(Api.Response::status).containsOnly(201);
        assertThat(responses)
                .extracting(r -> r.json().get("customer").get("id").asString())
                .containsOnly(responses.get(0).json().get("customer").get("id").asString());
        assertThat(count("SELECT count(*) FROM customer WHERE lead_id = :id", leadId))
                .isEqualTo(1);
    }

    @Test
    void shouldSearchCustomersByNameDocumentOrNumber() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        String surname = "Zubizarreta" + UUID.randomUUID().toString().substring(0, 4);
        String document = "2" + (10_000_000 + (int) (Math.random() * 80_000_000));
        OrderCreated order = anOrderOfLead(catalog, UUID.randomUUID().toString(), "Ana " + surname, document);
        JsonNode contract = created(
                aContractFor(order.orderId()).onNode(catalog.node().code()).body());
        String number = contract.get("customer").get("number").asString();

        JsonNode byName = asSales("NORTE")
                .get("/api/customers?q=" + surname.toLowerCase())
                .json();
        JsonNode byDocument =
                asSales("NORTE").get("/api/customers?q=" + document).json();
        JsonNode byNumber = asSales("NORTE").get("/api/customers?q=" + number).json();

        assertThat(byName.get("total").asInt()).isEqualTo(1);
        assertThat(byName.get("items").get(0).get("name").asString()).isEqualTo("Ana " + surname);
        assertThat(byName.get("items").get(0).get("contracts").isNull()).isTrue();
        assertThat(byDocument.get("items").get(0).get("documentNumber").asString())
                .isEqualTo(document);
        assertThat(byNumber.get("items").get(0).get("number").asString()).isEqualTo(number);
    }

    @Test
    void shouldRefuseAnUnknownSortProperty() {
        var response = asSales("NORTE").get("/api/customers?sort=password");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
    }
}
