package io.ispflow.contract.contract;

import static io.ispflow.contract.fixtures.ContractRequests.aContractFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.contract.fixtures.ContractServiceTestSupport;
import io.ispflow.contract.fixtures.OrderEvents;
import io.ispflow.contracts.Topics;
import io.ispflow.contracts.contract.ContractActivated;
import io.ispflow.contracts.contract.ContractCreated;
import io.ispflow.contracts.order.OrderCompleted;
import io.ispflow.contracts.order.OrderCreated;
import io.ispflow.platform.privacy.PersonalData;
import io.ispflow.testsupport.KafkaProbe;
import java.math.BigDecimal;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The contract becomes ACTIVE when the technician closes its installation order as successful, from
 * the real order.events completion, exactly once however often it is delivered; a failed installation
 * leaves it ENABLED and says why. The completion may also come before back office makes the contract.
 */
class ActivationFromInstallationIT extends ContractServiceTestSupport {

    private String contractFor(SoldCatalog catalog, OrderCreated order) {
        return created(aContractFor(order.orderId())
                        .onNode(catalog.node().code())
                        .pppoe("jperez", "10.50.0.7")
                        .body())
                .get("id")
                .asString();
    }

    private String statusOf(String contractId) {
        return contract(contractId).get("status").asString();
    }

    @Test
    void shouldActivateTheContractWhenTheInstallationSucceeds() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anInstallationOrderSelling(catalog);
        String contractId = contractFor(catalog, order);
        OrderCompleted completion = OrderEvents.completedSuccessfully(order);

        kafka.publish(completion);

        Awaitility.await().atMost(EVENTUALLY).until(() -> statusOf(contractId).equals("ACTIVE"));
        JsonNode contract = contract(contractId);
        assertThat(contract.get("installation").get("outcome").asString()).isEqualTo("SUCCESS");
        assertThat(contract.get("activatedAt").isNull()).isFalse();
        assertThat(contract.get("history").valueStream().map(change -> change.get("status")
                        .asString()))
                .containsExactly("ENABLED", "ACTIVE");
    }

    @Test
    void shouldPublishContractActivatedWithWhatBillingAndProvisioningNeed() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anInstallationOrderSelling(catalog);
        String contractId = contractFor(catalog, order);

        kafka.publish(OrderEvents.completedSuccessfully(order));

        // matches its schema (checked by awaitPublished), and the lead service finds its lead in it
        KafkaProbe.Event event = awaitPublished(contractId, ContractActivated.class);
        JsonNode activated = opened(event);
        assertThat(activated.get("leadId").asString()).isEqualTo(order.leadId());
        assertThat(activated.get("customer").get("leadId").asString()).isEqualTo(order.leadId());
        // personal values are sealed on the topic with the person's key (crypto-shredding)
        assertThat(data(event).get("customer").get("name").asString())
                .startsWith(PersonalData.PREFIX + order.leadId() + ":");
        assertThat(activated.get("customer").get("name").asString()).isEqualTo("Juana Pérez");
        assertThat(activated.get("customerNumber").asString()).matches("C-[0-9]{6,}");
        assertThat(activated.get("orderId").asString()).isEqualTo(order.orderId());
        assertThat(activated.get("ticketId").asString()).isEqualTo(order.ticketId());
        assertThat(activated.get("offer").get("plan").asString())
                .isEqualTo(catalog.plan().code());
        assertThat(activated.get("pricing").get("regularMonthlyTotal").decimalValue())
                .isEqualTo(new BigDecimal("28400.00"));
        assertThat(activated.get("technical").get("node").asString())
                .isEqualTo(catalog.node().code());
        assertThat(activated.get("technical").get("ipAddress").asString()).isEqualTo("10.50.0.7");
        assertThat(activated.get("technical").get("pppoeUser").asString()).isEqualTo("jperez");
        assertThat(activated.get("location").get("zone").asString()).isEqualTo("NORTE");
    }

    @Test
    void shouldActivateOnceWhateverHowOftenTheCompletionIsDelivered() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anInstallationOrderSelling(catalog);
        String contractId = contractFor(catalog, order);
        OrderCompleted completion = OrderEvents.completedSuccessfully(order);

        String eventId = kafka.publish(completion);
        kafka.publish(completion, eventId); // the same delivery again (same ce_id)
        // redelivered as a new event (a producer that resent it): the same key, so processed after both
        String redelivery = kafka.publish(completion);
        awaitProcessed(redelivery);

        assertThat(statusOf(contractId)).isEqualTo("ACTIVE");
        assertThat(eventsWritten(contractId, ContractActivated.class)).isEqualTo(1);
        awaitPublished(contractId, ContractActivated.class);
        List<KafkaProbe.Event> published = kafka.readAll(
                Topics.CONTRACT, e -> contractId.equals(e.key()) && ContractActivated.TYPE.equals(e.type()));
        assertThat(published).hasSize(1);
        assertThat(contract(contractId).get("history").size()).isEqualTo(2);
    }

    @Test
    void shouldLeaveTheContractEnabledWithTheReasonWhenTheInstallationFails() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anInstallationOrderSelling(catalog);
        String contractId = contractFor(catalog, order);

        awaitProcessed(kafka.publish(OrderEvents.failed(order, "sin señal en la caja NAP")));

        JsonNode contract = contract(contractId);
        assertThat(contract.get("status").asString()).isEqualTo("ENABLED");
        assertThat(contract.get("installation").get("outcome").asString()).isEqualTo("FAILED");
        assertThat(contract.get("installation").get("reason").asString()).isEqualTo("sin señal en la caja NAP");
        assertThat(contract.get("activatedAt").isNull()).isTrue();
        assertThat(eventsWritten(contractId, ContractActivated.class)).isZero();
        // back office finds the failed ones in the list
        var failedList = asBackoffice().get("/api/contracts?installation=FAILED&orderId=" + order.orderId());
        assertThat(failedList.json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void shouldActivateAtCreationWhenTheInstallationAlreadySucceeded() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anInstallationOrderSelling(catalog);
        awaitProcessed(kafka.publish(OrderEvents.completedSuccessfully(order)));

        var form = asBackoffice().get("/api/contracts/prefill?orderId=" + order.orderId());
        JsonNode contract = created(
                aContractFor(order.orderId()).onNode(catalog.node().code()).body());

        assertThat(form.json().get("installation").get("outcome").asString()).isEqualTo("SUCCESS");
        String contractId = contract.get("id").asString();
        assertThat(contract.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(contract.get("installation").get("outcome").asString()).isEqualTo("SUCCESS");
        assertThat(data(awaitPublished(contractId, ContractCreated.class))
                        .get("status")
                        .asString())
                .isEqualTo("ENABLED");
        assertThat(data(awaitPublished(contractId, ContractActivated.class))
                        .get("leadId")
                        .asString())
                .isEqualTo(order.leadId());
        // created, then activated: in this order on the contract's partition
        List<String> types = kafka.readAll(Topics.CONTRACT, e -> contractId.equals(e.key())).stream()
                .map(KafkaProbe.Event::type)
                .toList();
        assertThat(types).containsExactly(ContractCreated.TYPE, ContractActivated.TYPE);
    }

    @Test
    void shouldKeepACompletionThatArrivesBeforeItsOrder() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = OrderEvents.anInstallationOrder()
                .inZone("NORTE")
                .selling(catalog.offer())
                .build();
        awaitProcessed(kafka.publish(OrderEvents.completedSuccessfully(order)));

        // the order is not known yet: nothing to make a contract from
        assertThat(asBackoffice()
                        .get("/api/contracts/prefill?orderId=" + order.orderId())
                        .status())
                .isEqualTo(404);
        anOrderCopied(order);
        JsonNode contract = created(
                aContractFor(order.orderId()).onNode(catalog.node().code()).body());

        assertThat(contract.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(contract.get("offer").get("plan").asString())
                .isEqualTo(catalog.plan().code());
    }

    @Test
    void shouldNotReactivateAContractTerminatedBeforeTheCompletionArrived() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        OrderCreated order = anInstallationOrderSelling(catalog);
        String contractId = contractFor(catalog, order);
        asBackoffice()
                .header("If-Match", etagOf(contractId))
                .post("/api/contracts/" + contractId + "/termination", java.util.Map.of("reason", "desistió"));

        awaitProcessed(kafka.publish(OrderEvents.completedSuccessfully(order)));

        assertThat(statusOf(contractId)).isEqualTo("TERMINATED");
        assertThat(eventsWritten(contractId, ContractActivated.class)).isZero();
    }
}
