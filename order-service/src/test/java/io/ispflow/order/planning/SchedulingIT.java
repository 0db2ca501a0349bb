package io.ispflow.order.planning;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ispflow.contracts.order.OrderRescheduled;
import io.ispflow.contracts.order.OrderScheduled;
import io.ispflow.contracts.order.OrderUnscheduled;
import io.ispflow.order.fixtures.OrderServiceTestSupport;
import io.ispflow.testsupport.Api;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import tools.jackson.databind.JsonNode;

/** Planners drop orders on technicians' calendars: never twice in one slot, within zones and hours. */
class SchedulingIT extends OrderServiceTestSupport {

    @Test
    void shouldScheduleAnOrderOnATechniciansCalendar() {
        JsonNode technician = aTechnician("NORTE");
        JsonNode order = anInstallationOrderIn("NORTE");
        String orderId = order.get("id").asString();
        OffsetDateTime start = nextWeek(MONDAY, "10:00");

        var response = asPlannerNamed("pablo")
                .header("If-Match", etagOf(orderId))
                .put("/api/orders/" + orderId + "/schedule", slot(technician, start, 90));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("ETag"))
                .isNotEqualTo("\"" + order.get("version").asLong() + "\"");
        JsonNode scheduled = response.json();
        assertThat(scheduled.get("status").asString()).isEqualTo("SCHEDULED");
        JsonNode schedule = scheduled.get("schedule");
        assertThat(schedule.get("technicianId").asString())
                .isEqualTo(technician.get("id").asString());
        assertThat(schedule.get("technicianName").asString())
                .isEqualTo(technician.get("name").asString());
        assertThat(instant(schedule.get("start"))).isEqualTo(start.toInstant());
        assertThat(instant(schedule.get("end"))).isEqualTo(start.plusMinutes(90).toInstant());
        assertThat(schedule.get("durationMinutes").asInt()).isEqualTo(90);
        assertThat(schedule.get("scheduledBy").asString()).isEqualTo("pablo");
        assertThat(schedule.get("override").isNull()).isTrue();

        JsonNode event = data(awaitOrderEvent(orderId, OrderScheduled.class));
        assertThat(event.get("technicianId").asString())
                .isEqualTo(technician.get("id").asString());
        assertThat(event.get("technicianName").asString())
                .isEqualTo(technician.get("name").asString());
        assertThat(instant(event.get("start"))).isEqualTo(start.toInstant());
        assertThat(event.get("by").asString()).isEqualTo("pablo");
        assertThat(event.get("number").asString()).isEqualTo(order.get("number").asString());
    }

    @Test
    void shouldRescheduleAVisitToAnotherTimeAndTechnician() {
        JsonNode first = aTechnician("NORTE");
        JsonNode second = aTechnician("NORTE");
        JsonNode order = anInstallationOrderIn("NORTE");
        scheduled(order, first, nextWeek(MONDAY, "09:00"), 60);
        OffsetDateTime later = nextWeek(MONDAY, "14:00");

        var response = schedule(order, slot(second, later, 120));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode schedule = response.json().get("schedule");
        assertThat(schedule.get("technicianId").asString())
                .isEqualTo(second.get("id").asString());
        assertThat(instant(schedule.get("start"))).isEqualTo(later.toInstant());
        JsonNode event = data(awaitOrderEvent(order.get("id").asString(), OrderRescheduled.class));
        assertThat(event.get("technicianId").asString())
                .isEqualTo(second.get("id").asString());
        assertThat(instant(event.get("end"))).isEqualTo(later.plusMinutes(120).toInstant());
    }

    @Test
    void shouldUnscheduleAVisitBackToTheUnscheduledColumn() {
        String zone = aFreshZone();
        JsonNode technician = aTechnician(zone);
        JsonNode order = anInstallationOrderIn(zone);
        String orderId = order.get("id").asString();
        scheduled(order, technician, nextWeek(MONDAY, "09:00"), 60);
        assertThat(unscheduledIds(zone)).doesNotContain(orderId);

        var response = asPlanner().header("If-Match", etagOf(orderId)).delete("/api/orders/" + orderId + "/schedule");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("UNSCHEDULED");
        assertThat(response.json().get("schedule").isNull()).isTrue();
        assertThat(unscheduledIds(zone)).containsExactly(orderId);
        JsonNode event = data(awaitOrderEvent(orderId, OrderUnscheduled.class));
        assertThat(event.get("by").asString()).isEqualTo("planner-");
    }

    @Test
    void shouldListTheUnscheduledColumnOldestFirstFilteredByZoneKindAndAge() {
        String zone = aFreshZone();
        String older = anInstallationOrderIn(zone).get("id").asString();
        String newer = aFeasibilityOrderIn(zone).get("id").asString();

        var column = asPlanner().get("/api/planning/unscheduled?zone=" + zone).json();
        var feasibility = asPlanner()
                .get("/api/planning/unscheduled?zone=" + zone + "&kind=FEASIBILITY")
                .json();
        var aged = asPlanner()
                .get("/api/planning/unscheduled?zone=" + zone + "&minAgeHours=1")
                .json();

        assertThat(ids(column)).containsExactly(older, newer);
        assertThat(column.get("total").asLong()).isEqualTo(2);
        assertThat(column.get("items").get(0).get("customerName").asString()).isEqualTo("Juana Pérez");
        assertThat(column.get("items").get(0).get("version").isNumber()).isTrue();
        assertThat(ids(feasibility)).containsExactly(newer);
        assertThat(ids(aged)).isEmpty();
    }

    @Test
    void shouldRequireTheCurrentVersionToSchedule() {
        JsonNode technician = aTechnician("NORTE");
        JsonNode order = anInstallationOrderIn("NORTE");
        String path = "/api/orders/" + order.get("id").asString() + "/schedule";
        var slot = slot(technician, nextWeek(MONDAY, "09:00"), 60);

        var missing = asPlanner().put(path, slot);
        var stale = asPlanner().header("If-Match", "\"999\"").put(path, slot);

        assertThat(missing.status()).isEqualTo(428);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(problemType(stale)).isEqualTo("urn:problem:ispflow:stale-version");
    }

    @Test
    void shouldRefuseToDoubleBookATechnician() {
        JsonNode technician = aTechnician("NORTE");
        JsonNode booked = anInstallationOrderIn("NORTE");
        JsonNode overlapping = anInstallationOrderIn("NORTE");
        JsonNode adjacent = anInstallationOrderIn("NORTE");
        scheduled(booked, technician, nextWeek(MONDAY, "10:00"), 60);

        var refused = schedule(overlapping, slot(technician, nextWeek(MONDAY, "10:30"), 60, true));
        var afterwards = schedule(adjacent, slot(technician, nextWeek(MONDAY, "11:00"), 60));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(problemType(refused)).isEqualTo("urn:problem:ispflow:technician-double-booked");
        assertThat(refused.json().get("conflictingOrderNumber").asString())
                .isEqualTo(booked.get("number").asString());
        assertThat(refused.json().get("detail").asString())
                .contains(booked.get("number").asString());
        assertThat(afterwards.status()).as(afterwards.toString()).isEqualTo(200);
        assertThat(order(overlapping.get("id").asString()).get("status").asString())
                .isEqualTo("UNSCHEDULED");
    }

    @Test
    void shouldBookOnlyOneOfTwoPlannersTakingTheSameSlotAtOnce() throws Exception {
        JsonNode technician = aTechnician("NORTE");
        JsonNode first = anInstallationOrderIn("NORTE");
        JsonNode second = anInstallationOrderIn("NORTE");
        OffsetDateTime start = nextWeek(MONDAY, "15:00");
        Api ana = asPlannerNamed("planner-ana")
                .header("If-Match", etagOf(first.get("id").asString()));
        Api luis = asPlannerNamed("planner-luis")
                .header("If-Match", etagOf(second.get("id").asString()));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService planners = Executors.newFixedThreadPool(2);
        try {
            var anaBooks = CompletableFuture.supplyAsync(
                    () -> whenBothReady(together, () -> ana.put(schedulePath(first), slot(technician, start, 60))),
                    planners);
            var luisBooks = CompletableFuture.supplyAsync(
                    () -> whenBothReady(
                            together,
                            () -> luis.put(schedulePath(second), slot(technician, start.plusMinutes(30), 60))),
                    planners);
            List<Api.Response> responses = List.of(anaBooks.get(), luisBooks.get());

            assertThat(responses)
                    .extracting(Api.Response::status)
                    .as(responses.toString())
                    .containsExactlyInAnyOrder(200, 409);
            Api.Response loser = responses.stream()
                    .filter(r -> r.status() == 409)
                    .findFirst()
                    .orElseThrow();
            Api.Response winner = responses.stream()
                    .filter(r -> r.status() == 200)
                    .findFirst()
                    .orElseThrow();
            assertThat(problemType(loser)).isEqualTo("urn:problem:ispflow:technician-double-booked");
            assertThat(loser.json().get("conflictingOrderNumber").asString())
                    .isEqualTo(winner.json().get("number").asString());
        } finally {
            planners.shutdownNow();
        }
        var calendar = asPlanner()
                .get("/api/planning/calendar?from=" + start.toLocalDate() + "&to=" + start.toLocalDate()
                        + "&technicianId=" + technician.get("id").asString())
                .json();
        assertThat(calendar.get("entries").size()).isEqualTo(1);
    }

    @Test
    void shouldRefuseATechnicianOutsideTheirZonesUnlessThePlannerOverrides() {
        JsonNode southern = aTechnician("SUR");
        JsonNode order = anInstallationOrderIn("NORTE");
        OffsetDateTime start = nextWeek(MONDAY, "10:00");

        var refused = schedule(order, slot(southern, start, 60));
        var overridden = asPlannerNamed("pablo")
                .header("If-Match", etagOf(order.get("id").asString()))
                .put(schedulePath(order), slot(southern, start, 60, true));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(problemType(refused)).isEqualTo("urn:problem:ispflow:technician-zone");
        assertThat(overridden.status()).as(overridden.toString()).isEqualTo(200);
        JsonNode override = overridden.json().get("schedule").get("override");
        assertThat(override.get("rules").get(0).asString()).isEqualTo("technician-zone");
        assertThat(override.get("by").asString()).isEqualTo("pablo");
        assertThat(override.get("at").isNull()).isFalse();
    }

    @Test
    void shouldRefuseAVisitOutsideWorkingHoursUnlessThePlannerOverrides() {
        JsonNode technician = aTechnician("NORTE"); // Monday to Friday, 08:00-17:00
        JsonNode order = anInstallationOrderIn("NORTE");

        var runsLate = schedule(order, slot(technician, nextWeek(MONDAY, "16:30"), 60));
        var tooEarly = schedule(order, slot(technician, nextWeek(MONDAY, "07:30"), 60));
        var dayOff = schedule(order, slot(technician, nextWeek(SATURDAY, "10:00"), 60));
        var overridden = schedule(order, slot(technician, nextWeek(SATURDAY, "10:00"), 60, true));

        assertThat(List.of(runsLate, tooEarly, dayOff)).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(409);
            assertThat(problemType(response)).isEqualTo("urn:problem:ispflow:outside-working-hours");
        });
        assertThat(overridden.status()).as(overridden.toString()).isEqualTo(200);
        assertThat(overridden
                        .json()
                        .get("schedule")
                        .get("override")
                        .get("rules")
                        .get(0)
                        .asString())
                .isEqualTo("outside-working-hours");
    }

    @Test
    void shouldNeverBookAnInactiveTechnician() {
        JsonNode technician = aTechnician("NORTE");
        asAdmin().post("/api/technicians/" + technician.get("id").asString() + "/deactivate", Map.of());
        JsonNode order = anInstallationOrderIn("NORTE");

        var refused = schedule(order, slot(technician, nextWeek(MONDAY, "10:00"), 60, true));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(problemType(refused)).isEqualTo("urn:problem:ispflow:technician-inactive");
    }

    @Test
    void shouldFreeTheSlotOfACancelledVisit() {
        JsonNode technician = aTechnician("NORTE");
        JsonNode cancelled = anInstallationOrderIn("NORTE");
        JsonNode replacement = anInstallationOrderIn("NORTE");
        OffsetDateTime start = nextWeek(MONDAY, "10:00");
        scheduled(cancelled, technician, start, 60);
        asPlanner()
                .post("/api/orders/" + cancelled.get("id").asString() + "/cancel", Map.of("reason", "customer away"));

        var response = schedule(replacement, slot(technician, start, 60));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    @Test
    void shouldLetOnlyPlannersAndAdminsSchedule() {
        JsonNode technician = aTechnician("NORTE");
        JsonNode order = anInstallationOrderIn("NORTE");
        String etag = etagOf(order.get("id").asString());

        var bySales = asSales("NORTE")
                .header("If-Match", etag)
                .put(schedulePath(order), slot(technician, nextWeek(MONDAY, "10:00"), 60));
        var byTechnician = asTechnician(technician.get("userId").asString(), "NORTE")
                .header("If-Match", etag)
                .put(schedulePath(order), slot(technician, nextWeek(MONDAY, "10:00"), 60));
        var byAdmin = asAdmin()
                .header("If-Match", etag)
                .put(schedulePath(order), slot(technician, nextWeek(MONDAY, "10:00"), 60));

        assertThat(bySales.status()).isEqualTo(403);
        assertThat(byTechnician.status()).isEqualTo(403);
        assertThat(byAdmin.status()).isEqualTo(200);
    }

    @Test
    void shouldAnswerBadSchedulesWith400() {
        JsonNode order = anInstallationOrderIn("NORTE");
        String etag = etagOf(order.get("id").asString());

        var unknownTechnician = asPlanner()
                .header("If-Match", etag)
                .put(
                        schedulePath(order),
                        Map.of(
                                "technicianId", UUID.randomUUID().toString(),
                                "start", nextWeek(MONDAY, "10:00").toString(),
                                "durationMinutes", 60));
        var noDuration = asPlanner()
                .header("If-Match", etag)
                .put(
                        schedulePath(order),
                        Map.of("technicianId", UUID.randomUUID().toString(), "start", "2026-11-23T10:00:00-03:00"));
        var noOffset = asPlanner()
                .header("If-Match", etag)
                .put(
                        schedulePath(order),
                        Map.of(
                                "technicianId",
                                UUID.randomUUID().toString(),
                                "start",
                                "next monday",
                                "durationMinutes",
                                60));

        assertThat(unknownTechnician.status()).isEqualTo(400);
        assertThat(unknownTechnician.json().get("errors").get(0).get("field").asString())
                .isEqualTo("technicianId");
        assertThat(noDuration.status()).isEqualTo(400);
        assertThat(noOffset.status()).isEqualTo(400);
    }

    @Test
    void shouldRefuseOverlappingVisitsInTheDatabaseToo() {
        JsonNode technician = aTechnician("NORTE");
        JsonNode booked = anInstallationOrderIn("NORTE");
        JsonNode other = anInstallationOrderIn("NORTE");
        OffsetDateTime start = nextWeek(MONDAY, "10:00");
        scheduled(booked, technician, start, 60);

        // a write that bypasses the application's check still meets the exclusion constraint
        assertThatThrownBy(() -> jdbc.sql(
                                """
                                UPDATE field_order SET status = 'SCHEDULED', technician_id = :technician,
                                    scheduled_start = :start, scheduled_end = :end WHERE id = :id
                                """)
                        .param(
                                "technician",
                                UUID.fromString(technician.get("id").asString()))
                        .param("start", start.plusMinutes(15))
                        .param("end", start.plusMinutes(45))
                        .param("id", UUID.fromString(other.get("id").asString()))
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("field_order_no_double_booking");
    }

    private static String schedulePath(JsonNode order) {
        return "/api/orders/" + order.get("id").asString() + "/schedule";
    }

    private List<String> unscheduledIds(String zone) {
        return ids(asPlanner()
                .get("/api/planning/unscheduled?size=200&zone=" + zone)
                .json());
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(o -> o.get("id").asString()).toList();
    }

    private static <T> T whenBothReady(CyclicBarrier barrier, java.util.function.Supplier<T> action) {
        try {
            barrier.await();
        } catch (Exception interrupted) {
            throw new IllegalStateException(interrupted);
        }
        return action.get();
    }
}
