package io.ispflow.console.planning;

import io.ispflow.console.api.ApiProblem;
import io.ispflow.console.api.ApiResponse;
import io.ispflow.console.api.Gateway;
import io.ispflow.console.web.Forms;
import io.ispflow.console.web.Labels;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Planificar": the unscheduled column beside FullCalendar's week and day views of the technicians' visits. The page
 * renders the column (htmx refreshes it) and the calendar's frame; the calendar reads its visits as JSON from here,
 * and each drop is sent here, which passes it to the API with the order's version (If-Match). A refusal comes back
 * as a sentence in the page's language, naming the conflicting order, and whether the planner may override it.
 */
@Controller
class PlanningController {

    static final List<String> COLUMN_FILTERS = List.of("zone", "kind", "minAgeHours");
    /** Refusals the planner may confirm anyway; a double booking or an inactive technician never. */
    static final List<String> OVERRIDABLE = List.of("technician-zone", "outside-working-hours");

    private final Gateway gateway;
    private final Labels labels;
    private final Colours colours;
    private final tools.jackson.databind.json.JsonMapper json;
    private final io.ispflow.console.web.Dates dates;

    PlanningController(
            Gateway gateway,
            Labels labels,
            Colours colours,
            tools.jackson.databind.json.JsonMapper json,
            io.ispflow.console.web.Dates dates) {
        this.dates = dates;
        this.gateway = gateway;
        this.labels = labels;
        this.colours = colours;
        this.json = json;
    }

    @GetMapping("/planning")
    String page(@RequestParam MultiValueMap<String, String> query, Model model) {
        Map<String, String> filters = Forms.typed(query);
        model.addAttribute("filters", filters);
        model.addAttribute("columnQuery", Forms.withParameters("/planning/unscheduled", query, COLUMN_FILTERS));
        List<Map<String, Object>> technicians = technicians(query);
        Map<Object, String> colourOf = new LinkedHashMap<>();
        Map<Object, String> hoursOf = new LinkedHashMap<>();
        technicians.forEach(t -> {
            colourOf.put(t.get("id"), colours.of(t.get("id")));
            hoursOf.put(t.get("id"), businessHours(t.get("workingHours")));
        });
        model.addAttribute("technicians", technicians);
        model.addAttribute("colourOf", colourOf);
        model.addAttribute("hoursOf", hoursOf);
        return "planning/page";
    }

    /** The active technicians, of the zone when the planner chose one, by name. */
    private List<Map<String, Object>> technicians(MultiValueMap<String, String> query) {
        String zone = Forms.text(Forms.typed(query), "zone");
        String uri = zone == null
                ? "/api/technicians?active=true&size=200"
                : Forms.withParameters("/api/technicians", query, List.of("zone")) + "&active=true&size=200";
        return gateway.get(uri).items();
    }

    @GetMapping("/planning/unscheduled")
    String unscheduled(@RequestParam MultiValueMap<String, String> query, Model model) {
        try {
            model.addAttribute("technicians", technicians(query));
            model.addAttribute(
                    "orders",
                    gateway.get(Forms.withParameters("/api/planning/unscheduled", query, COLUMN_FILTERS) + "&size=100")
                            .map());
        } catch (ApiProblem problem) {
            if (problem.status() != 400 && !problem.isUnavailable()) {
                throw problem;
            }
            Forms.rejected(model, problem);
        }
        return "planning/unscheduled :: column";
    }

    /** The visits of the calendar's range, as FullCalendar's event objects, coloured per technician. */
    @GetMapping("/planning/events")
    @ResponseBody
    List<Map<String, Object>> events(
            @RequestParam String start,
            @RequestParam String end,
            @RequestParam(required = false) String technicianId,
            @RequestParam(required = false) String zone) {
        StringBuilder uri = new StringBuilder("/api/planning/calendar?from={from}&to={to}");
        List<Object> variables = new ArrayList<>(List.of(start, end));
        if (technicianId != null && !technicianId.isBlank()) {
            uri.append("&technicianId={technicianId}");
            variables.add(technicianId);
        }
        if (zone != null && !zone.isBlank()) {
            uri.append("&zone={zone}");
            variables.add(zone);
        }
        Map<String, Object> calendar =
                gateway.get(uri.toString(), variables.toArray()).map();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) calendar.get("entries");
        List<Map<String, Object>> events = new ArrayList<>();
        for (Map<String, Object> entry : entries) {
            Map<String, Object> event = new LinkedHashMap<>();
            String technician = String.valueOf(entry.get("technicianId"));
            boolean movable = "SCHEDULED".equals(entry.get("status"));
            event.put("id", entry.get("orderId"));
            event.put("title", title(entry));
            event.put("start", entry.get("start"));
            event.put("end", entry.get("end"));
            event.put("backgroundColor", colours.of(technician));
            event.put("borderColor", colours.of(technician));
            event.put("textColor", "#ffffff");
            event.put("editable", movable);
            event.put("classNames", List.of("visit", "status-" + entry.get("status")));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("version", entry.get("version"));
            details.put("technicianId", technician);
            details.put("number", entry.get("number"));
            details.put("status", entry.get("status"));
            event.put("extendedProps", details);
            events.add(event);
        }
        return events;
    }

    /** A drop on the calendar: schedules the order, or moves its visit; 200 with the new version, else the why. */
    @PostMapping("/planning/orders/{id}/schedule")
    @ResponseBody
    ResponseEntity<Map<String, Object>> schedule(
            @PathVariable UUID id,
            @RequestParam String version,
            @RequestParam(required = false) String technicianId,
            @RequestParam String start,
            @RequestParam int durationMinutes,
            @RequestParam(defaultValue = "false") boolean override) {
        if (technicianId == null || technicianId.isBlank()) {
            return ResponseEntity.unprocessableEntity()
                    .body(Map.of("message", labels.message("planning.chooseTechnician"), "overridable", false));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("technicianId", technicianId);
        body.put("start", OffsetDateTime.parse(start).toString());
        body.put("durationMinutes", durationMinutes);
        body.put("override", override);
        try {
            ApiResponse scheduled = gateway.put("/api/orders/{id}/schedule", body, version, id);
            return ResponseEntity.ok(Map.of("version", scheduled.version()));
        } catch (ApiProblem problem) {
            return refused(problem);
        }
    }

    /**
     * The same without dragging (keyboard, screen reader, a phone): the time typed is the technician's local time.
     */
    @PostMapping("/planning/orders/{id}/schedule-form")
    String scheduleForm(
            @PathVariable UUID id,
            @RequestParam String version,
            @RequestParam String technicianId,
            @RequestParam String start,
            @RequestParam int durationMinutes,
            @RequestParam(defaultValue = "false") boolean override,
            RedirectAttributes redirect) {
        try {
            Map<String, Object> technician =
                    gateway.get("/api/technicians/{id}", technicianId).map();
            java.time.ZoneId zone = java.time.ZoneId.of(String.valueOf(technician.get("timeZone")));
            OffsetDateTime at =
                    java.time.LocalDateTime.parse(start).atZone(zone).toOffsetDateTime();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("technicianId", technicianId);
            body.put("start", at.toString());
            body.put("durationMinutes", durationMinutes);
            body.put("override", override);
            Map<String, Object> order =
                    gateway.put("/api/orders/{id}/schedule", body, version, id).map();
            redirect.addFlashAttribute(
                    "saved", labels.message("planning.scheduledNamed", order.get("number"), technician.get("name")));
        } catch (java.time.format.DateTimeParseException e) {
            redirect.addFlashAttribute("refusal", labels.message("planning.badStart"));
        } catch (ApiProblem problem) {
            if (problem.status() == 401 || (problem.status() >= 500 && !problem.isUnavailable())) {
                throw problem;
            }
            redirect.addFlashAttribute("refusal", refusal(problem));
        }
        return "redirect:/planning";
    }

    /** The visit dragged back to the unscheduled column. */
    @PostMapping("/planning/orders/{id}/unschedule")
    @ResponseBody
    ResponseEntity<Map<String, Object>> unschedule(@PathVariable UUID id, @RequestParam String version) {
        try {
            ApiResponse unscheduled = gateway.deleteIfMatch("/api/orders/{id}/schedule", version, id);
            return ResponseEntity.ok(Map.of("version", unscheduled.version()));
        } catch (ApiProblem problem) {
            return refused(problem);
        }
    }

    private ResponseEntity<Map<String, Object>> refused(ApiProblem problem) {
        if (problem.status() == 401 || (problem.status() >= 500 && !problem.isUnavailable())) {
            throw problem;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("type", problem.type());
        answer.put("message", refusal(problem));
        answer.put("overridable", OVERRIDABLE.contains(problem.type()));
        Object conflicting = problem.property("conflictingOrderNumber");
        if (conflicting != null) {
            answer.put("conflictingOrderNumber", conflicting);
        }
        return ResponseEntity.status(problem.isUnavailable() ? 503 : 409).body(answer);
    }

    /** The sentence the planner reads: the conflicting order named when there is one. */
    private String refusal(ApiProblem problem) {
        if ("technician-double-booked".equals(problem.type())) {
            return labels.message(
                    "planning.doubleBooked",
                    problem.property("conflictingOrderNumber"),
                    dates.dateTime(problem.property("conflictingStart")),
                    dates.time(problem.property("conflictingEnd")));
        }
        return labels.problem(problem);
    }

    /**
     * A technician's weekly hours as FullCalendar's business hours ({@code [{"daysOfWeek":[1],"startTime":"08:00",
     * "endTime":"17:00"}]}), so the calendar shades what lies outside them.
     */
    String businessHours(Object workingHours) {
        List<Map<String, Object>> hours = new ArrayList<>();
        if (workingHours instanceof Map<?, ?> days) {
            days.forEach((day, h) -> {
                if (h instanceof Map<?, ?> interval) {
                    // FullCalendar counts Sunday as 0, java.time as 7
                    int number =
                            java.time.DayOfWeek.valueOf(String.valueOf(day)).getValue() % 7;
                    hours.add(Map.of(
                            "daysOfWeek", List.of(number),
                            "startTime", String.valueOf(interval.get("start")),
                            "endTime", String.valueOf(interval.get("end"))));
                }
            });
        }
        return json.writeValueAsString(hours);
    }

    private static String title(Map<String, Object> entry) {
        StringBuilder title = new StringBuilder(String.valueOf(entry.get("number")));
        if (entry.get("customerName") != null) {
            title.append(" · ").append(entry.get("customerName"));
        }
        if (entry.get("technicianName") != null) {
            title.append(" · ").append(entry.get("technicianName"));
        }
        return title.toString();
    }
}
