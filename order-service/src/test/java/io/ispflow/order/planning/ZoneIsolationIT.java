package io.ispflow.order.planning;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.order.fixtures.OrderServiceTestSupport;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A record outside the caller's zones does not exist for them: not in detail, lists, column or calendar. */
class ZoneIsolationIT extends OrderServiceTestSupport {

    @Test
    void shouldHideAnOrderOfAnotherZoneEverywhere() {
        JsonNode unscheduled = anInstallationOrderIn("NORTE");
        JsonNode technician = aTechnician("NORTE");
        OffsetDateTime start = nextWeek(MONDAY, "10:00");
        JsonNode scheduled = scheduled(anInstallationOrderIn("NORTE"), technician, start, 60);
        String unscheduledId = unscheduled.get("id").asString();
        String scheduledId = scheduled.get("id").asString();
        LocalDate day = start.toLocalDate();

        for (var southerner : List.of(asPlanner("SUR"), asSales("SUR"))) {
            assertThat(southerner.get("/api/orders/" + unscheduledId).status()).isEqualTo(404);
            assertThat(southerner.get("/api/orders/" + scheduledId).status()).isEqualTo(404);
            assertThat(ids(southerner.get("/api/orders?size=200").json())).doesNotContain(unscheduledId, scheduledId);
            assertThat(ids(southerner.get("/api/orders?zone=NORTE").json())).isEmpty();
            assertThat(ids(southerner.get("/api/planning/unscheduled?size=200").json()))
                    .doesNotContain(unscheduledId);
            var calendar = southerner
                    .get("/api/planning/calendar?from=" + day + "&to=" + day)
                    .json();
            assertThat(calendar.get("entries").valueStream().map(e -> e.get("orderId")
                            .asString()))
                    .doesNotContain(scheduledId);
            assertThat(calendar.get("technicians").valueStream().map(t -> t.get("id")
                            .asString()))
                    .doesNotContain(technician.get("id").asString());
        }
        var southernPlanner = asPlanner("SUR");
        assertThat(southernPlanner
                        .header("If-Match", etagOf(unscheduledId))
                        .put("/api/orders/" + unscheduledId + "/schedule", slot(technician, start.plusHours(2), 60))
                        .status())
                .isEqualTo(404);
        assertThat(southernPlanner
                        .post("/api/orders/" + unscheduledId + "/cancel", Map.of("reason", "not mine"))
                        .status())
                .isEqualTo(404);

        var northernCalendar = asPlanner("NORTE")
                .get("/api/planning/calendar?from=" + day + "&to=" + day)
                .json();
        assertThat(northernCalendar.get("entries").valueStream().map(e -> e.get("orderId")
                        .asString()))
                .contains(scheduledId);
        assertThat(ids(asSales("NORTE")
                        .get("/api/planning/unscheduled?size=200&zone=NORTE")
                        .json()))
                .contains(unscheduledId);
    }

    @Test
    void shouldShowTheCalendarOfARangeByTechnicianAndZone() {
        String zone = aFreshZone();
        JsonNode first = aTechnician(zone);
        JsonNode second = aTechnician(zone);
        OffsetDateTime monday = nextWeek(MONDAY, "09:00");
        String a = scheduled(anInstallationOrderIn(zone), first, monday, 60)
                .get("id")
                .asString();
        String b = scheduled(anInstallationOrderIn(zone), second, monday.plusHours(2), 90)
                .get("id")
                .asString();
        String later = scheduled(anInstallationOrderIn(zone), first, monday.plusDays(1), 60)
                .get("id")
                .asString();
        LocalDate day = monday.toLocalDate();

        var ofTheDay = asPlanner()
                .get("/api/planning/calendar?from=" + day + "&to=" + day + "&zone=" + zone)
                .json();
        var ofFirst = asPlanner()
                .get("/api/planning/calendar?from=" + day + "&to=" + day.plusDays(6) + "&technicianId="
                        + first.get("id").asString())
                .json();

        assertThat(ofTheDay.get("entries").valueStream().map(e -> e.get("orderId")
                        .asString()))
                .containsExactly(a, b);
        assertThat(ofTheDay.get("entries").get(1).get("technicianName").asString())
                .isEqualTo(second.get("name").asString());
        assertThat(ofTheDay.get("technicians").valueStream().map(t -> t.get("id")
                        .asString()))
                .containsExactlyInAnyOrder(
                        first.get("id").asString(), second.get("id").asString());
        assertThat(ofFirst.get("entries").valueStream().map(e -> e.get("orderId")
                        .asString()))
                .containsExactly(a, later);
    }

    @Test
    void shouldRefuseACalendarRangeOverSixtyTwoDays() {
        var tooLong = asPlanner().get("/api/planning/calendar?from=2026-11-01&to=2027-01-15");
        var backwards = asPlanner().get("/api/planning/calendar?from=2026-11-10&to=2026-11-01");
        var missing = asPlanner().get("/api/planning/calendar?from=2026-11-10");

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(asPlanner()
                        .get("/api/planning/calendar?from=2026-11-01&to=2026-12-31")
                        .status())
                .isEqualTo(200);
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(o -> o.get("id").asString()).toList();
    }
}
