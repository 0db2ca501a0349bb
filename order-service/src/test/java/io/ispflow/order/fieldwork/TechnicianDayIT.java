package io.ispflow.order.fieldwork;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.contracts.Topics;
import io.ispflow.contracts.order.OrderCompleted;
import io.ispflow.contracts.order.OrderStarted;
import io.ispflow.order.fixtures.OrderServiceTestSupport;
import io.ispflow.testsupport.Api;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The technicians' app: my orders of the day, start the visit, close it with its outcome. */
class TechnicianDayIT extends OrderServiceTestSupport {

    @Autowired
    TransactionTemplate transactions;

    @Test
    void shouldShowATechnicianOnlyTheirOwnOrdersOfTheDay() {
        JsonNode tito = aTechnician("NORTE");
        JsonNode other = aTechnician("NORTE");
        OffsetDateTime monday = nextWeek(MONDAY, "09:00");
        String mondayVisit = scheduled(anInstallationOrderIn("NORTE"), tito, monday, 60)
                .get("id")
                .asString();
        String tuesdayVisit = scheduled(anInstallationOrderIn("NORTE"), tito, nextWeek(TUESDAY, "09:00"), 60)
                .get("id")
                .asString();
        String othersVisit = scheduled(anInstallationOrderIn("NORTE"), other, monday, 60)
                .get("id")
                .asString();
        String unscheduled = anInstallationOrderIn("NORTE").get("id").asString();
        Api titoApp = asTechnicianApp(tito);

        var day = titoApp.get("/api/orders?date=" + monday.toLocalDate()).json();
        var all = titoApp.get("/api/orders?size=200").json();

        assertThat(ids(day)).containsExactly(mondayVisit);
        assertThat(ids(all)).containsExactlyInAnyOrder(mondayVisit, tuesdayVisit);
        assertThat(titoApp.get("/api/orders/" + mondayVisit).status()).isEqualTo(200);
        assertThat(titoApp.get("/api/orders/" + othersVisit).status()).isEqualTo(404);
        assertThat(titoApp.get("/api/orders/" + unscheduled).status()).isEqualTo(404);
        assertThat(titoApp.get("/api/technicians/me").json().get("id").asString())
                .isEqualTo(tito.get("id").asString());
        assertThat(titoApp.get("/api/planning/unscheduled").status()).isEqualTo(403);
    }

    @Test
    void shouldStartTheVisit() {
        JsonNode tito = aTechnician("NORTE");
        String orderId = scheduledVisitOf(tito);

        var started = asTechnicianApp(tito).post("/api/orders/" + orderId + "/start", Map.of());
        var again = asTechnicianApp(tito).post("/api/orders/" + orderId + "/start", Map.of());

        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.json().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(started.json().get("startedBy").asString())
                .isEqualTo(tito.get("userId").asString());
        assertThat(again.status()).isEqualTo(409);
        assertThat(problemType(again)).isEqualTo("urn:problem:ispflow:order-status");
        JsonNode event = data(awaitOrderEvent(orderId, OrderStarted.class));
        assertThat(event.get("technicianId").asString())
                .isEqualTo(tito.get("id").asString());
    }

    @Test
    void shouldCompleteAnInstallationWithTheEquipmentInstalled() {
        JsonNode tito = aTechnician("NORTE");
        String orderId = scheduledVisitOf(tito);
        asTechnicianApp(tito).post("/api/orders/" + orderId + "/start", Map.of());

        var completed = asTechnicianApp(tito)
                .put(
                        "/api/orders/" + orderId + "/completion",
                        Map.of(
                                "outcome", "SUCCESS",
                                "equipment",
                                        List.of(
                                                Map.of(
                                                        "type", "ONT",
                                                        "model", "HG8145V5",
                                                        "serial", "48575443ABCD1234",
                                                        "mac", "a4-b1-c2-d3-e4-f5"),
                                                Map.of("type", "ROUTER", "model", "Archer C6")),
                                "notes", "signal -19 dBm"));

        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        JsonNode completion = completed.json().get("completion");
        assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completion.get("outcome").asString()).isEqualTo("SUCCESS");
        assertThat(completion.get("equipment").get(0).get("mac").asString()).isEqualTo("A4:B1:C2:D3:E4:F5");
        assertThat(completion.get("completedBy").asString())
                .isEqualTo(tito.get("userId").asString());

        JsonNode event = opened(awaitOrderEvent(orderId, OrderCompleted.class));
        assertThat(event.get("outcome").asString()).isEqualTo("SUCCESS");
        assertThat(event.get("kind").asString()).isEqualTo("INSTALLATION");
        assertThat(event.get("technicianId").asString())
                .isEqualTo(tito.get("id").asString());
        assertThat(event.get("feasibility").isNull()).isTrue();
        assertThat(event.get("notes").asString()).isEqualTo("signal -19 dBm");
        assertThat(event.get("equipment").size()).isEqualTo(2);
        assertThat(event.get("equipment").get(0).get("serial").asString()).isEqualTo("48575443ABCD1234");
        assertThat(event.get("equipment").get(0).get("mac").asString()).isEqualTo("A4:B1:C2:D3:E4:F5");
        assertThat(event.get("equipment").get(1).get("mac").isNull()).isTrue();
    }

    @Test
    void shouldCompleteTheVisitWhileAnEventChangesTheOrderAtTheSameMoment() throws Exception {
        JsonNode tito = aTechnician("NORTE");
        String orderId = scheduledVisitOf(tito);
        long version = asTechnicianApp(tito)
                .get("/api/orders/" + orderId)
                .json()
                .get("version")
                .asLong();
        Api titoApp = asTechnicianApp(tito);

        // another transaction holds the order, as the contract.created consumer does while it links the
        // contract; the technician's completion (no If-Match) arrives meanwhile
        var completed = transactions.execute(status -> {
            jdbc.sql("SELECT id FROM field_order WHERE id = :id FOR UPDATE")
                    .param("id", java.util.UUID.fromString(orderId))
                    .query()
                    .singleValue();
            var request = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                    titoApp.put("/api/orders/" + orderId + "/completion", Map.of("outcome", "SUCCESS", "notes", "ok")));
            Awaitility.await("the completion waiting for the order's row")
                    .atMost(EVENTUALLY)
                    .until(() -> jdbc.sql("SELECT count(*) FROM pg_stat_activity"
                                            + " WHERE wait_event_type = 'Lock' AND datname = current_database()")
                                    .query(Long.class)
                                    .single()
                            > 0);
            jdbc.sql("UPDATE field_order SET contract_id = 'contract-1', version = version + 1 WHERE id = :id")
                    .param("id", java.util.UUID.fromString(orderId))
                    .update();
            return request;
        });

        var response = completed.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(response.status())
                .as("a request without If-Match must not fail on a change it never saw: " + response)
                .isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(response.json().get("contractId").asString()).isEqualTo("contract-1");
        assertThat(response.json().get("version").asLong()).isGreaterThan(version + 1);
    }

    @Test
    void shouldRequireAReasonWhenTheVisitFailed() {
        JsonNode tito = aTechnician("NORTE");
        String orderId = scheduledVisitOf(tito);
        String path = "/api/orders/" + orderId + "/completion";

        var withoutReason = asTechnicianApp(tito).put(path, Map.of("outcome", "FAILED"));
        var withReason =
                asTechnicianApp(tito).put(path, Map.of("outcome", "FAILED", "failureReason", "nobody at home"));

        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.json().get("errors").get(0).get("field").asString())
                .isEqualTo("failureReason");
        assertThat(withReason.status()).as(withReason.toString()).isEqualTo(200);
        JsonNode event = data(awaitOrderEvent(orderId, OrderCompleted.class));
        assertThat(event.get("outcome").asString()).isEqualTo("FAILED");
        assertThat(event.get("failureReason").asString()).isEqualTo("nobody at home");
    }

    @Test
    void shouldRequireTheResultOfAFeasibilityVisit() {
        JsonNode tito = aTechnician("NORTE");
        String survey = scheduled(aFeasibilityOrderIn("NORTE"), tito, nextWeek(MONDAY, "09:00"), 60)
                .get("id")
                .asString();
        String installation = scheduled(anInstallationOrderIn("NORTE"), tito, nextWeek(MONDAY, "11:00"), 60)
                .get("id")
                .asString();

        var withoutResult =
                asTechnicianApp(tito).put("/api/orders/" + survey + "/completion", Map.of("outcome", "SUCCESS"));
        var feasible = asTechnicianApp(tito)
                .put("/api/orders/" + survey + "/completion", Map.of("outcome", "SUCCESS", "feasibility", "FEASIBLE"));
        var resultOnInstallation = asTechnicianApp(tito)
                .put(
                        "/api/orders/" + installation + "/completion",
                        Map.of("outcome", "SUCCESS", "feasibility", "FEASIBLE"));

        assertThat(withoutResult.status()).isEqualTo(400);
        assertThat(withoutResult.json().get("errors").get(0).get("field").asString())
                .isEqualTo("feasibility");
        assertThat(feasible.status()).as(feasible.toString()).isEqualTo(200);
        assertThat(resultOnInstallation.status()).isEqualTo(400);
        JsonNode event = data(awaitOrderEvent(survey, OrderCompleted.class));
        assertThat(event.get("feasibility").asString()).isEqualTo("FEASIBLE");
        assertThat(event.get("kind").asString()).isEqualTo("FEASIBILITY");
    }

    @Test
    void shouldRefuseAMalformedMacAddress() {
        JsonNode tito = aTechnician("NORTE");
        String orderId = scheduledVisitOf(tito);

        var response = asTechnicianApp(tito)
                .put(
                        "/api/orders/" + orderId + "/completion",
                        Map.of("outcome", "SUCCESS", "equipment", List.of(Map.of("type", "ONT", "mac", "A4:B1:C2"))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("equipment[0].mac");
    }

    @Test
    void shouldStartAScheduledVisitOnTheWayWhenItIsCompleted() {
        JsonNode tito = aTechnician("NORTE");
        String orderId = scheduledVisitOf(tito);

        var completed =
                asTechnicianApp(tito).put("/api/orders/" + orderId + "/completion", Map.of("outcome", "SUCCESS"));

        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.json().get("startedAt").isNull()).isFalse();
        awaitOrderEvent(orderId, OrderStarted.class);
        awaitOrderEvent(orderId, OrderCompleted.class);
        var events = kafka.readAll(Topics.ORDER, e -> orderId.equals(e.key()));
        assertThat(events)
                .extracting(e -> e.type())
                .containsSubsequence("order.scheduled.v1", "order.started.v1", "order.completed.v1");
    }

    @Test
    void shouldLetOnlyTheAssignedTechnicianCloseTheVisit() {
        JsonNode tito = aTechnician("NORTE");
        JsonNode other = aTechnician("NORTE");
        String orderId = scheduledVisitOf(tito);

        var byOther =
                asTechnicianApp(other).put("/api/orders/" + orderId + "/completion", Map.of("outcome", "SUCCESS"));
        var byPlanner = asPlanner().put("/api/orders/" + orderId + "/completion", Map.of("outcome", "SUCCESS"));

        assertThat(byOther.status()).isEqualTo(404);
        assertThat(byPlanner.status()).isEqualTo(403);
        assertThat(order(orderId).get("status").asString()).isEqualTo("SCHEDULED");
    }

    @Test
    void shouldNotCompleteAnOrderTwice() {
        JsonNode tito = aTechnician("NORTE");
        String orderId = scheduledVisitOf(tito);
        String path = "/api/orders/" + orderId + "/completion";
        asTechnicianApp(tito).put(path, Map.of("outcome", "SUCCESS"));

        var again = asTechnicianApp(tito).put(path, Map.of("outcome", "SUCCESS"));
        var cancel = asPlanner().post("/api/orders/" + orderId + "/cancel", Map.of("reason", "too late"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(cancel.status()).isEqualTo(409);
    }

    private String scheduledVisitOf(JsonNode technician) {
        return scheduled(anInstallationOrderIn("NORTE"), technician, nextWeek(MONDAY, "09:00"), 60)
                .get("id")
                .asString();
    }

    private Api asTechnicianApp(JsonNode technician) {
        return asTechnician(technician.get("userId").asString(), "NORTE");
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(o -> o.get("id").asString()).toList();
    }
}
