package io.ispflow.order.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.contracts.order.OrderCancelled;
import io.ispflow.order.fixtures.OrderServiceTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OrderCancellationIT extends OrderServiceTestSupport {

    @Test
    void shouldCancelAnOrderWithAReason() {
        String orderId = anInstallationOrderIn("NORTE").get("id").asString();

        var cancelled = asSales("NORTE")
                .header("If-Match", etagOf(orderId))
                .post("/api/orders/" + orderId + "/cancel", Map.of("reason", "the customer moved away"));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("cancellation").get("reason").asString())
                .isEqualTo("the customer moved away");
        JsonNode event = data(awaitOrderEvent(orderId, OrderCancelled.class));
        assertThat(event.get("reason").asString()).isEqualTo("the customer moved away");
        assertThat(event.get("by").asString()).isEqualTo("sales-NORTE");
    }

    @Test
    void shouldRequireAReason() {
        String orderId = anInstallationOrderIn("NORTE").get("id").asString();

        var response = asPlanner().post("/api/orders/" + orderId + "/cancel", Map.of("reason", " "));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
    }

    @Test
    void shouldNotCancelTwice() {
        String orderId = anInstallationOrderIn("NORTE").get("id").asString();
        asPlanner().post("/api/orders/" + orderId + "/cancel", Map.of("reason", "duplicated"));

        var again = asPlanner().post("/api/orders/" + orderId + "/cancel", Map.of("reason", "duplicated"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(problemType(again)).isEqualTo("urn:problem:ispflow:order-status");
    }

    @Test
    void shouldLetOnlyPlanningAndSalesRolesCancel() {
        String orderId = anInstallationOrderIn("NORTE").get("id").asString();

        var byBackoffice = asBackoffice().post("/api/orders/" + orderId + "/cancel", Map.of("reason", "no"));
        var byTechnician =
                asTechnician("tito", "NORTE").post("/api/orders/" + orderId + "/cancel", Map.of("reason", "no"));

        assertThat(byBackoffice.status()).isEqualTo(403);
        assertThat(byTechnician.status()).isEqualTo(403);
        assertThat(order(orderId).get("status").asString()).isEqualTo("UNSCHEDULED");
    }
}
