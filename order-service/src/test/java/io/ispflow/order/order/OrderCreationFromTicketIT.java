package io.ispflow.order.order;

import static io.ispflow.order.fixtures.TicketEvents.aContractCreatedFor;
import static io.ispflow.order.fixtures.TicketEvents.aTicketCancelled;
import static io.ispflow.order.fixtures.TicketEvents.aTicketOpened;
import static io.ispflow.order.fixtures.TicketEvents.anotherOrderRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ispflow.contracts.Topics;
import io.ispflow.contracts.order.OrderCancelled;
import io.ispflow.contracts.order.OrderCreated;
import io.ispflow.contracts.ticket.OrderKind;
import io.ispflow.contracts.ticket.TicketOpened;
import io.ispflow.contracts.ticket.TicketOrderRequested;
import io.ispflow.order.fixtures.OrderServiceTestSupport;
import io.ispflow.platform.privacy.PersonalData;
import io.ispflow.testsupport.KafkaProbe;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Orders come from the sales desk's ticket events: exactly one per request, however often delivered. */
class OrderCreationFromTicketIT extends OrderServiceTestSupport {

    @Test
    void shouldCreateAnInstallationOrderFromATicketOpenedEvent() {
        TicketOpened ticket = aTicketOpened()
                .inZone("NORTE")
                .installation()
                .forCustomer("Marta Gómez")
                .build();

        JsonNode order = orderFrom(ticket);

        assertThat(order.get("number").asString()).matches("O-\\d{6}");
        assertThat(order.get("kind").asString()).isEqualTo("INSTALLATION");
        assertThat(order.get("status").asString()).isEqualTo("UNSCHEDULED");
        assertThat(order.get("ticketId").asString()).isEqualTo(ticket.ticketId());
        assertThat(order.get("ticketNumber").asString()).isEqualTo(ticket.number());
        assertThat(order.get("requestId").asString())
                .isEqualTo(ticket.orderRequest().requestId());
        assertThat(order.get("leadId").asString()).isEqualTo(ticket.leadId());
        assertThat(order.get("zone").asString()).isEqualTo("NORTE");
        assertThat(order.get("contact").get("name").asString()).isEqualTo("Marta Gómez");
        assertThat(order.get("contact").get("billing").get("taxCondition").asString())
                .isEqualTo("CONSUMIDOR_FINAL");
        assertThat(order.get("offer").get("plan").asString()).isEqualTo("FIBRA-300");
        assertThat(order.get("offer").get("recurringItems").get(0).asString()).isEqualTo("ROUTER-WIFI");
        assertThat(order.get("location").get("city").asString()).isEqualTo("Rosario");
        assertThat(order.get("notes").asString()).isEqualTo("call before going");
        assertThat(order.get("contractGenerated").asBoolean()).isFalse();
        assertThat(order.get("contractId").isNull()).isTrue();
        assertThat(order.get("schedule").isNull()).isTrue();

        String orderId = order.get("id").asString();
        var seenBySales = asSales("NORTE").get("/api/orders/" + orderId);
        assertThat(seenBySales.status()).isEqualTo(200);
        assertThat(seenBySales.header("ETag"))
                .isEqualTo("\"" + order.get("version").asLong() + "\"");

        KafkaProbe.Event published = awaitOrderEvent(orderId, OrderCreated.class);
        assertThat(PersonalData.isSealed(
                        data(published).get("contact").get("name").asString()))
                .as("the name travels sealed")
                .isTrue();
        assertThat(published.data()).doesNotContain("Marta Gómez");
        JsonNode created = opened(published);
        assertThat(created.get("number").asString())
                .isEqualTo(order.get("number").asString());
        assertThat(created.get("ticketId").asString()).isEqualTo(ticket.ticketId());
        assertThat(created.get("requestId").asString())
                .isEqualTo(ticket.orderRequest().requestId());
        assertThat(created.get("kind").asString()).isEqualTo("INSTALLATION");
        assertThat(created.get("contact").get("name").asString()).isEqualTo("Marta Gómez");
        assertThat(created.get("location").get("zone").asString()).isEqualTo("NORTE");
    }

    @Test
    void shouldCreateOneOrderWhenTheSameEventIsDeliveredTwice() {
        TicketOpened ticket = aTicketOpened().inZone("NORTE").feasibility().build();
        String eventId = UUID.randomUUID().toString();

        kafka.publish(ticket, eventId);
        kafka.publish(ticket, eventId);
        // a later event of the same ticket travels on the same partition: once its order exists, both
        // deliveries of the first event have been consumed
        TicketOrderRequested later = anotherOrderRequestedFor(ticket, OrderKind.INSTALLATION);
        kafka.publish(later);
        awaitOrder(later.orderRequest().requestId());

        assertThat(ordersOfRequest(ticket.orderRequest().requestId())).isEqualTo(1);
        String orderId = awaitOrder(ticket.orderRequest().requestId()).get("id").asString();
        awaitOrderEvent(orderId, OrderCreated.class);
        assertThat(kafka.readAll(Topics.ORDER, e -> orderId.equals(e.key()) && OrderCreated.TYPE.equals(e.type())))
                .hasSize(1);
    }

    @Test
    void shouldCreateOneOrderWhenTheRequestIsRedeliveredUnderANewEventId() {
        TicketOpened ticket = aTicketOpened().inZone("NORTE").installation().build();
        orderFrom(ticket);

        String redelivery = kafka.publish(ticket); // same requestId, another ce_id

        await().atMost(EVENTUALLY).until(() -> processed(redelivery));
        assertThat(ordersOfRequest(ticket.orderRequest().requestId())).isEqualTo(1);
    }

    @Test
    void shouldMakeNoOrderForATicketThatAsksForNone() {
        TicketOpened ticket = aTicketOpened().inZone("NORTE").withoutOrder().build();

        String eventId = kafka.publish(ticket);

        await().atMost(EVENTUALLY).until(() -> processed(eventId));
        var orders = asAdmin().get("/api/orders?ticketId=" + ticket.ticketId()).json();
        assertThat(orders.get("total").asLong()).isZero();
    }

    @Test
    void shouldMakeASecondOrderWhenTheTicketAsksForAnother() {
        TicketOpened ticket = aTicketOpened().inZone("NORTE").feasibility().build();
        JsonNode feasibility = orderFrom(ticket);

        TicketOrderRequested installation = anotherOrderRequestedFor(ticket, OrderKind.INSTALLATION);
        kafka.publish(installation);
        JsonNode second = awaitOrder(installation.orderRequest().requestId());

        assertThat(second.get("kind").asString()).isEqualTo("INSTALLATION");
        assertThat(second.get("number").asString())
                .isNotEqualTo(feasibility.get("number").asString());
        var ofTicket = asSales("NORTE")
                .get("/api/orders?ticketId=" + ticket.ticketId() + "&sort=createdAt,asc")
                .json();
        assertThat(ofTicket.get("total").asLong()).isEqualTo(2);
        assertThat(ofTicket.get("items").get(0).get("kind").asString()).isEqualTo("FEASIBILITY");
        assertThat(ofTicket.get("items").get(1).get("kind").asString()).isEqualTo("INSTALLATION");
        awaitOrderEvent(second.get("id").asString(), OrderCreated.class);
    }

    @Test
    void shouldCancelTheOpenOrdersOfACancelledTicket() {
        TicketOpened ticket = aTicketOpened().inZone("NORTE").installation().build();
        String orderId = orderFrom(ticket).get("id").asString();

        kafka.publish(aTicketCancelled(ticket, "opened twice"));

        await().atMost(EVENTUALLY)
                .until(() -> order(orderId).get("status").asString().equals("CANCELLED"));
        JsonNode cancellation = order(orderId).get("cancellation");
        assertThat(cancellation.get("reason").asString()).isEqualTo("ticket cancelled: opened twice");
        assertThat(cancellation.get("by").asString()).isEqualTo("ana");
        JsonNode event = data(awaitOrderEvent(orderId, OrderCancelled.class));
        assertThat(event.get("reason").asString()).isEqualTo("ticket cancelled: opened twice");
        assertThat(event.get("ticketId").asString()).isEqualTo(ticket.ticketId());
    }

    @Test
    void shouldMarkTheOrderContractGeneratedWhenItsContractIsCreated() {
        TicketOpened ticket = aTicketOpened().inZone("NORTE").installation().build();
        String orderId = orderFrom(ticket).get("id").asString();
        assertThat(pendingContractIds()).contains(orderId);

        var contract = aContractCreatedFor(orderId, ticket);
        kafka.publish(contract);

        await().atMost(EVENTUALLY)
                .until(() -> order(orderId).get("contractGenerated").asBoolean());
        JsonNode order = order(orderId);
        assertThat(order.get("contractId").asString()).isEqualTo(contract.contractId());
        assertThat(order.get("contractNumber").asString()).isEqualTo(contract.number());
        assertThat(pendingContractIds()).doesNotContain(orderId);
    }

    /** What back office sees as "contract not generated": installation orders without contract. */
    private java.util.List<String> pendingContractIds() {
        var pending = asBackoffice()
                .get("/api/orders?kind=INSTALLATION&contractGenerated=false&size=200")
                .json();
        return pending.get("items")
                .valueStream()
                .map(o -> o.get("id").asString())
                .toList();
    }

    private boolean processed(String eventId) {
        return jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = :id")
                        .param("id", eventId)
                        .query(Long.class)
                        .single()
                == 1;
    }
}
