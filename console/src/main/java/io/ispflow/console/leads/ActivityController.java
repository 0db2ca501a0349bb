package io.ispflow.console.leads;

import io.ispflow.console.api.ApiProblem;
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
            if (problem.status() == 404 || (problem.status() >= 500 && !problem.isUnavailable())) {
                throw problem;
            }
            var lead = gateway.get("/api/leads/{id}", id);
            model.addAttribute("lead", lead.map());
            model.addAttribute("version", lead.version());
            model.addAttribute("tab", "activity");
            model.addAttribute(
                    "activity",
                    gateway.get("/api/leads/{id}/timeline?size=100", id).items());
            Forms.rejected(model, problem);
            model.addAttribute("form", form);
            return "leads/page";
        }
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
