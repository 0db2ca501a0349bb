package io.ispflow.order.technician;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.order.fixtures.OrderServiceTestSupport;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Planners and admins keep the technicians: zones, skills, working hours, active. */
class TechniciansIT extends OrderServiceTestSupport {

    @Test
    void shouldCreateATechnicianWithOfficeHoursByDefault() {
        String userId = "tech-" + UUID.randomUUID();

        var created = asPlanner()
                .post(
                        "/api/technicians",
                        Map.of(
                                "userId",
                                userId,
                                "name",
                                "Tito Ruiz",
                                "zones",
                                List.of("NORTE"),
                                "skills",
                                List.of("FIBER")));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode technician = created.json();
        assertThat(created.header("Location"))
                .isEqualTo("/api/technicians/" + technician.get("id").asString());
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(technician.get("active").asBoolean()).isTrue();
        assertThat(technician.get("timeZone").asString()).isEqualTo("America/Argentina/Buenos_Aires");
        assertThat(technician.get("workingHours").propertyNames())
                .containsExactly("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
        assertThat(technician.get("workingHours").get("MONDAY").get("start").asString())
                .isEqualTo("08:00");
        assertThat(technician.get("workingHours").get("MONDAY").get("end").asString())
                .isEqualTo("17:00");

        var me = asTechnician(userId, "NORTE").get("/api/technicians/me");
        assertThat(me.json().get("id").asString())
                .isEqualTo(technician.get("id").asString());
        assertThat(asSales("NORTE")
                        .get("/api/technicians/" + technician.get("id").asString())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void shouldUpdateATechnicianWithTheCurrentVersion() {
        JsonNode technician = aTechnician("NORTE");
        String path = "/api/technicians/" + technician.get("id").asString();
        Map<String, Object> update = Map.of(
                "userId", technician.get("userId").asString(),
                "name", "Tito Ruiz",
                "zones", List.of("NORTE", "CENTRO"),
                "skills", List.of("FIBER", "WIRELESS"),
                "workingHours", Map.of("SATURDAY", Map.of("start", "09:00", "end", "13:00")),
                "timeZone", "America/Argentina/Cordoba");

        var missing = asPlanner().put(path, update);
        var updated = asPlanner().header("If-Match", "\"0\"").put(path, update);
        var stale = asPlanner().header("If-Match", "\"0\"").put(path, update);

        assertThat(missing.status()).isEqualTo(428);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("zones").valueStream().map(JsonNode::asString))
                .containsExactly("CENTRO", "NORTE");
        assertThat(updated.json().get("workingHours").propertyNames()).containsExactly("SATURDAY");
        assertThat(updated.json().get("timeZone").asString()).isEqualTo("America/Argentina/Cordoba");
        assertThat(updated.header("ETag")).isNotEqualTo("\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        var inCentro = asSales().get("/api/technicians?zone=CENTRO&size=200").json();
        assertThat(inCentro.get("items").valueStream().map(t -> t.get("id").asString()))
                .contains(technician.get("id").asString());
    }

    @Test
    void shouldDeactivateATechnician() {
        JsonNode technician = aTechnician("NORTE");
        String id = technician.get("id").asString();

        var deactivated = asPlanner().post("/api/technicians/" + id + "/deactivate", Map.of());

        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        var active = asPlanner().get("/api/technicians?active=true&size=200").json();
        assertThat(active.get("items").valueStream().map(t -> t.get("id").asString()))
                .doesNotContain(id);
        assertThat(asPlanner()
                        .post("/api/technicians/" + id + "/activate", Map.of())
                        .json()
                        .get("active")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void shouldLetOnlyPlannersAndAdminsKeepTechnicians() {
        JsonNode technician = aTechnician("NORTE");
        Map<String, Object> body =
                Map.of("userId", "tech-" + UUID.randomUUID(), "name", "X", "zones", List.of("NORTE"));

        assertThat(asSales("NORTE").post("/api/technicians", body).status()).isEqualTo(403);
        assertThat(asTechnician("tito").post("/api/technicians", body).status()).isEqualTo(403);
        assertThat(asSales("NORTE")
                        .post("/api/technicians/" + technician.get("id").asString() + "/deactivate", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(asBackoffice().get("/api/technicians").status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseInvalidTechnicians() {
        JsonNode existing = aTechnician("NORTE");

        var sameLogin = asPlanner()
                .post(
                        "/api/technicians",
                        Map.of("userId", existing.get("userId").asString(), "name", "Dup", "zones", List.of("NORTE")));
        var backwardsHours = asPlanner()
                .post(
                        "/api/technicians",
                        Map.of(
                                "userId",
                                "tech-" + UUID.randomUUID(),
                                "name",
                                "Night",
                                "zones",
                                List.of("NORTE"),
                                "workingHours",
                                Map.of("MONDAY", Map.of("start", "17:00", "end", "08:00"))));
        var unknownTimeZone = asPlanner()
                .post(
                        "/api/technicians",
                        Map.of(
                                "userId",
                                "tech-" + UUID.randomUUID(),
                                "name",
                                "Lost",
                                "zones",
                                List.of("NORTE"),
                                "timeZone",
                                "Mars/Olympus"));
        var noZones = asPlanner()
                .post(
                        "/api/technicians",
                        Map.of("userId", "tech-" + UUID.randomUUID(), "name", "Nowhere", "zones", List.of()));

        assertThat(sameLogin.status()).isEqualTo(409);
        assertThat(problemType(sameLogin)).isEqualTo("urn:problem:ispflow:technician-user-taken");
        assertThat(backwardsHours.status()).isEqualTo(400);
        assertThat(unknownTimeZone.status()).isEqualTo(400);
        assertThat(noZones.status()).isEqualTo(400);
    }

    @Test
    void shouldNotPlaceATechnicianInAZoneThePlannerDoesNotHold() {
        var response = asPlanner("SUR")
                .post(
                        "/api/technicians",
                        Map.of("userId", "tech-" + UUID.randomUUID(), "name", "North", "zones", List.of("NORTE")));

        assertThat(response.status()).isEqualTo(403);
        assertThat(problemType(response)).isEqualTo("urn:problem:ispflow:zone-not-held");
    }
}
