package io.ispflow.console.leads;

import io.ispflow.console.api.ApiProblem;
import io.ispflow.console.api.ApiResponse;
import io.ispflow.console.api.Gateway;
import io.ispflow.console.web.Dates;
import io.ispflow.console.web.Forms;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The activity tab: notes, calls, meetings, visits, tasks and incidences on a lead's timeline. */
@Controller
class ActivityController {

    static final List<String> TEXT_FIELDS =
            List.of("type", "title", "text", "assignee", "taskType", "incidenceType", "priority", "status", "link");
    static final List<String> TIME_FIELDS = List.of("startAt", "endAt", "dueAt");

    private final Gateway gateway;
    private final Dates dates;

    ActivityController(Gateway gateway, Dates dates) {
        this.gateway = gateway;
        this.dates = dates;
    }

    @PostMapping("/leads/{id}/activity")
    String create(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> submitted,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> form = Forms.typed(submitted);
        try {
            gateway.post("/api/leads/{id}/timeline", body(form), id);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/leads/" + id + "?tab=activity";
        } catch (ApiProblem problem) {
            if (!problem.isShownOnTheForm()) {
                throw problem;
            }
            var lead = gateway.get("/api/leads/{id}", id);
            model.addAttribute("lead", lead.map());
            model.addAttribute("version", lead.version());
            model.addAttribute("tab", "activity");
            List<Map<String, Object>> activity =
                    gateway.get("/api/leads/{id}/timeline?size=100", id).items();
            model.addAttribute("activity", activity);
            model.addAttribute(
                    "incidences",
                    activity.stream()
                            .filter(e -> "INCIDENCE".equals(e.get("type")))
                            .toList());
            Forms.rejected(model, problem);
            model.addAttribute("form", form);
            return "leads/page";
        }
    }

    /** One entry to edit, with the version it is edited against. */
    @GetMapping("/leads/{id}/activity/{entryId}")
    String edit(@PathVariable UUID id, @PathVariable UUID entryId, Model model) {
        ApiResponse entry = gateway.get("/api/leads/{id}/timeline/{entryId}", id, entryId);
        Map<String, Object> values = entry.map();
        Map<String, String> form = new LinkedHashMap<>();
        TEXT_FIELDS.forEach(field -> form.put(
                field, values.get(field) == null ? "" : values.get(field).toString()));
        TIME_FIELDS.forEach(field -> form.put(field, dates.input(values.get(field))));
        form.put(
                "incidenceId",
                values.get("incidenceId") == null
                        ? ""
                        : values.get("incidenceId").toString());
        form.put("done", String.valueOf(Boolean.TRUE.equals(values.get("done"))));
        return editPage(id, entryId, form, entry.version(), model);
    }

    @PostMapping("/leads/{id}/activity/{entryId}")
    String update(
            @PathVariable UUID id,
            @PathVariable UUID entryId,
            @RequestParam MultiValueMap<String, String> submitted,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> form = Forms.typed(submitted);
        Map<String, Object> body = body(form);
        body.put("done", "true".equals(form.get("done")));
        try {
            gateway.put("/api/leads/{id}/timeline/{entryId}", body, form.get("version"), id, entryId);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/leads/" + id + "?tab=activity";
        } catch (ApiProblem problem) {
            if (!problem.isShownOnTheForm()) {
                throw problem;
            }
            Forms.rejected(model, problem);
            String version = form.get("version");
            if (problem.status() == 412) {
                // someone changed the entry: what this user typed stays, against the current version
                version = gateway.get("/api/leads/{id}/timeline/{entryId}", id, entryId)
                        .version();
            }
            return editPage(id, entryId, form, version, model);
        }
    }

    private String editPage(UUID id, UUID entryId, Map<String, String> form, String version, Model model) {
        var lead = gateway.get("/api/leads/{id}", id);
        model.addAttribute("lead", lead.map());
        model.addAttribute("entryId", entryId);
        model.addAttribute("entryVersion", version);
        model.addAttribute("form", form);
        model.addAttribute("incidences", incidences(id));
        return "leads/activity-edit";
    }

    /** The lead's incidences, which a task can be about. */
    List<Map<String, Object>> incidences(UUID leadId) {
        return gateway.get("/api/leads/{id}/timeline?size=100", leadId).items().stream()
                .filter(e -> "INCIDENCE".equals(e.get("type")))
                .toList();
    }

    private Map<String, Object> body(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        TEXT_FIELDS.forEach(field -> body.put(field, Forms.text(form, field)));
        for (String field : TIME_FIELDS) {
            body.put(field, instant(Forms.text(form, field)));
        }
        String incidence = Forms.text(form, "incidenceId");
        body.put("incidenceId", incidence);
        return body;
    }

    /** A datetime-local value in the ISP's time zone as an instant with offset, or the text as typed. */
    private String instant(String local) {
        if (local == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(local)
                    .atZone(dates.zone())
                    .toOffsetDateTime()
                    .toString();
        } catch (DateTimeParseException e) {
            return local;
        }
    }
}
