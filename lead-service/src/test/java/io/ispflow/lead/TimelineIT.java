package io.ispflow.lead;

import static io.ispflow.lead.LeadFixtures.aLead;
import static io.ispflow.lead.TestUser.ANA;
import static io.ispflow.lead.TestUser.BETO;
import static io.ispflow.lead.TestUser.MARTA;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Seeds 002 to 004: the lead's activity (notes, calls, meetings and visits with their place, tasks and
 * incidences, a task linked to an incidence) and each salesperson's calendar.
 */
class TimelineIT extends LeadTestSupport {

    private static final Instant MONDAY = Instant.parse("2031-03-03T13:00:00Z");

    @Test
    void shouldRecordEveryKindOfEntryAndListThemNewestFirst() {
        String lead = id(createLead(ANA, aLead()));

        JsonNode note = record(ANA, lead, Map.of("type", "NOTE", "text", "Pidió que lo llamen por la tarde"));
        JsonNode call =
                record(ANA, lead, entry("CALL", "title", "Primer contacto", "startAt", at(-48), "endAt", at(-47)));
        JsonNode meeting = record(
                ANA,
                lead,
                entry(
                        "MEETING",
                        "title",
                        "Reunión en sucursal",
                        "startAt",
                        at(24),
                        "endAt",
                        at(25),
                        "text",
                        "Llevar folletos"));
        JsonNode visit = record(
                ANA,
                lead,
                entry(
                        "VISIT",
                        "title",
                        "Relevamiento",
                        "startAt",
                        at(48),
                        "latitude",
                        -34.5265,
                        "longitude",
                        -58.4731,
                        "assignee",
                        "beto"));
        JsonNode incidence = record(
                ANA,
                lead,
                entry(
                        "INCIDENCE",
                        "title",
                        "Sin cobertura en la cuadra",
                        "incidenceType",
                        "COBERTURA",
                        "assignee",
                        "beto",
                        "priority",
                        "HIGH",
                        "status",
                        "IN_PROGRESS",
                        "text",
                        "El poste más cercano está a 300 m",
                        "link",
                        "https://mapas.example.com/poste/17"));
        JsonNode task = record(
                ANA,
                lead,
                entry(
                        "TASK",
                        "title",
                        "Pedir factibilidad",
                        "taskType",
                        "FACTIBILIDAD",
                        "assignee",
                        "ana",
                        "dueAt",
                        at(72),
                        "incidenceId",
                        id(incidence)));

        assertThat(note.get("createdBy").asString()).isEqualTo("ana");
        assertThat(meeting.get("assignee").asString())
                .as("defaults to the author")
                .isEqualTo("ana");
        assertThat(visit.get("latitude").asDouble()).isEqualTo(-34.5265);
        assertThat(incidence.get("priority").asString()).isEqualTo("HIGH");
        assertThat(incidence.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(task.get("done").asBoolean()).isFalse();
        assertThat(task.get("incidenceId").asString()).isEqualTo(id(incidence));
        JsonNode timeline = as(ANA).get("/api/leads/" + lead + "/timeline").json();
        assertThat(timeline.get("total").asLong()).isEqualTo(6);
        // by when it happened: the future visit and meeting first, the call of two days ago last
        assertThat(timeline.get("items").valueStream().map(e -> e.get("type").asString()))
                .startsWith("VISIT", "MEETING")
                .endsWith("CALL");
        assertThat(as(ANA).get("/api/leads/" + lead + "/timeline/" + id(call))
                        .json()
                        .get("title")
                        .asString())
                .isEqualTo("Primer contacto");
        JsonNode event = awaitEvent("lead.timeline-entry-changed.v1", lead, e -> e.get("entryId")
                .asString()
                .equals(id(task)));
        assertThat(event.get("change").asString()).isEqualTo("CREATED");
        assertThat(event.get("incidenceId").asString()).isEqualTo(id(incidence));
    }

    @Test
    void shouldRequireWhatEachKindNeeds() {
        String lead = id(createLead(ANA, aLead()));

        var task = as(ANA).post("/api/leads/" + lead + "/timeline", Map.of("type", "TASK"));
        var incidence = as(ANA).post("/api/leads/" + lead + "/timeline", Map.of("type", "INCIDENCE", "title", "x"));
        var meeting = as(ANA).post("/api/leads/" + lead + "/timeline", Map.of("type", "MEETING"));
        var note = as(ANA).post("/api/leads/" + lead + "/timeline", Map.of("type", "NOTE", "text", " "));
        var backwards =
                as(ANA).post("/api/leads/" + lead + "/timeline", entry("MEETING", "startAt", at(5), "endAt", at(4)));
        var unknownType = as(ANA).post("/api/leads/" + lead + "/timeline", Map.of("type", "FAX"));

        assertThat(fields(task)).containsExactlyInAnyOrder("title", "taskType", "assignee");
        assertThat(fields(incidence)).containsExactlyInAnyOrder("incidenceType", "assignee");
        assertThat(fields(meeting)).containsExactly("startAt");
        assertThat(fields(note)).containsExactly("text");
        assertThat(fields(backwards)).containsExactly("endAt");
        assertThat(fields(unknownType)).containsExactly("type");
    }

    @Test
    void shouldLinkATaskOnlyToAnIncidenceOfTheSameLead() {
        String lead = id(createLead(ANA, aLead()));
        String other = id(createLead(ANA, aLead()));
        JsonNode otherIncidence = record(ANA, other, incidence());
        JsonNode note = record(ANA, lead, Map.of("type", "NOTE", "text", "nota"));

        var toOtherLead = as(ANA).post("/api/leads/" + lead + "/timeline", task("ana", at(1), id(otherIncidence)));
        var toANote = as(ANA).post("/api/leads/" + lead + "/timeline", task("ana", at(1), id(note)));

        assertThat(fields(toOtherLead)).containsExactly("incidenceId");
        assertThat(fields(toANote)).containsExactly("incidenceId");
    }

    @Test
    void shouldMarkATaskDoneWithIfMatch() {
        String lead = id(createLead(ANA, aLead()));
        JsonNode task = record(ANA, lead, task("beto", at(4), null));
        String path = "/api/leads/" + lead + "/timeline/" + id(task);
        Map<String, Object> done = new LinkedHashMap<>(task("beto", at(4), null));
        done.put("done", true);

        var stale = as(BETO).header("If-Match", "\"5\"").put(path, done);
        var marked = as(BETO).header("If-Match", "\"0\"").put(path, done);

        assertThat(stale.status()).isEqualTo(412);
        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.json().get("done").asBoolean()).isTrue();
        assertThat(marked.json().get("doneAt").isNull()).isFalse();
        assertThat(marked.json().get("updatedBy").asString()).isEqualTo("beto");
    }

    @Test
    void shouldDeleteOnlyOnesOwnNotes() {
        String lead = id(createLead(ANA, aLead()));
        JsonNode note = record(ANA, lead, Map.of("type", "NOTE", "text", "nota de ana"));
        JsonNode task = record(ANA, lead, task("ana", at(2), null));
        String notePath = "/api/leads/" + lead + "/timeline/" + id(note);

        var editedByBeto = as(BETO).header("If-Match", "\"0\"").put(notePath, Map.of("type", "NOTE", "text", "mía"));
        var deletedByBeto = as(BETO).delete(notePath);
        var taskDeleted = as(ANA).delete("/api/leads/" + lead + "/timeline/" + id(task));
        var deletedByAna = as(ANA).delete(notePath);

        assertThat(editedByBeto.status()).isEqualTo(403);
        assertThat(deletedByBeto.status()).isEqualTo(403);
        assertThat(taskDeleted.status()).isEqualTo(409);
        assertThat(deletedByAna.status()).isEqualTo(204);
        assertThat(as(ANA).get(notePath).status()).isEqualTo(404);
        awaitEvent("lead.timeline-entry-changed.v1", lead, e -> e.get("change")
                .asString()
                .equals("DELETED"));
    }

    @Test
    void shouldShowEachUserTheirMeetingsAndDueTasksInTheRange() {
        String lead = id(createLead(ANA, aLead()));
        JsonNode meeting = record(ANA, lead, entry("MEETING", "title", "Demo", "startAt", MONDAY.toString()));
        JsonNode visit = record(
                ANA,
                lead,
                entry("VISIT", "startAt", MONDAY.plus(1, ChronoUnit.DAYS).toString()));
        JsonNode due =
                record(MARTA, lead, task("ana", MONDAY.plus(2, ChronoUnit.DAYS).toString(), null));
        record(ANA, lead, task("ana", MONDAY.plus(30, ChronoUnit.DAYS).toString(), null));
        record(ANA, lead, entry("MEETING", "startAt", MONDAY.toString(), "assignee", "beto"));
        record(ANA, lead, entry("CALL", "startAt", MONDAY.toString()));

        JsonNode calendar =
                as(ANA).get("/api/leads/calendar?from=2031-03-03&to=2031-03-09").json();
        JsonNode beto = as(BETO).get("/api/leads/calendar?from=2031-03-03&to=2031-03-09")
                .json();

        assertThat(calendar.get("items").valueStream().map(i -> i.get("entryId").asString()))
                .containsExactly(id(meeting), id(visit), id(due));
        assertThat(calendar.get("items").get(0).get("leadId").asString()).isEqualTo(lead);
        assertThat(calendar.get("items").get(2).get("dueAt").isNull()).isFalse();
        assertThat(beto.get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(as(ANA).get("/api/leads/calendar?from=2031-03-09&to=2031-03-03")
                        .status())
                .isEqualTo(400);
        assertThat(as(ANA).get("/api/leads/calendar?from=2031-01-01&to=2031-12-31")
                        .status())
                .isEqualTo(400);
    }

    private JsonNode record(TestUser user, String lead, Map<String, Object> body) {
        var response = as(user).post("/api/leads/" + lead + "/timeline", body);
        assertThat(response.status())
                .as("record %s: %s", body.get("type"), response)
                .isEqualTo(201);
        assertThat(response.header("Location")).isEqualTo("/api/leads/" + lead + "/timeline/" + id(response.json()));
        return response.json();
    }

    private static List<String> fields(io.ispflow.testsupport.Api.Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(400);
        return response.json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
    }

    private static Map<String, Object> entry(String type, Object... fieldsAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            body.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return body;
    }

    private static Map<String, Object> task(String assignee, String dueAt, String incidenceId) {
        Map<String, Object> task =
                entry("TASK", "title", "Llamar", "taskType", "LLAMADA", "assignee", assignee, "dueAt", dueAt);
        if (incidenceId != null) {
            task.put("incidenceId", incidenceId);
        }
        return task;
    }

    private static Map<String, Object> incidence() {
        return entry("INCIDENCE", "title", "Reclamo", "incidenceType", "COMERCIAL", "assignee", "ana");
    }

    /** An instant some hours from now, as the API takes it. */
    private static String at(int hoursFromNow) {
        return Instant.now()
                .plus(hoursFromNow, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }
}
