package io.ispflow.console.leads;

import io.ispflow.console.api.ApiProblem;
import io.ispflow.console.api.ApiResponse;
import io.ispflow.console.api.Gateway;
import io.ispflow.console.web.Forms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A lead's page and its tabs: data (edited with the version the user saw: someone else's change is shown and can
 * be merged, never overwritten silently), prospects, activity, history and tickets.
 */
@Controller
class LeadPageController {

    static final Set<String> TABS = Set.of("data", "prospects", "activity", "history", "tickets");

    private final Gateway gateway;

    LeadPageController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/leads/{id}")
    String page(@PathVariable UUID id, @RequestParam(defaultValue = "data") String tab, Model model) {
        ApiResponse lead = gateway.get("/api/leads/{id}", id);
        show(model, lead, TABS.contains(tab) ? tab : "data");
        model.addAttribute("form", LeadForm.of(lead.map()));
        return "leads/page";
    }

    private void show(Model model, ApiResponse lead, String tab) {
        model.addAttribute("lead", lead.map());
        model.addAttribute("version", lead.version());
        model.addAttribute("tab", tab);
        UUID id = UUID.fromString(String.valueOf(lead.map().get("id")));
        switch (tab) {
            case "prospects" ->
                model.addAttribute(
                        "prospects",
                        gateway.get("/api/leads/{id}/prospects", id).items());
            case "activity" -> {
                List<Map<String, Object>> activity =
                        gateway.get("/api/leads/{id}/timeline?size=100", id).items();
                model.addAttribute("activity", activity);
                // the incidences a new task can be about
                model.addAttribute(
                        "incidences",
                        activity.stream()
                                .filter(e -> "INCIDENCE".equals(e.get("type")))
                                .toList());
            }
            case "history" ->
                model.addAttribute(
                        "history", gateway.get("/api/leads/{id}/history", id).items());
            case "tickets" ->
                model.addAttribute(
                        "tickets",
                        gateway.get("/api/tickets?leadId={id}&size=50", id).items());
            default -> {}
        }
    }

    @PostMapping("/leads/{id}")
    String save(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> submitted,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> form = Forms.typed(submitted);
        String version = form.get("version");
        try {
            gateway.put("/api/leads/{id}", LeadForm.body(form), version, id);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/leads/" + id;
        } catch (ApiProblem problem) {
            if (problem.status() == 412) {
                return conflict(id, form, model);
            }
            if (!problem.isShownOnTheForm()) {
                throw problem;
            }
            // shown again as typed, still against the version the user started from
            show(model, gateway.get("/api/leads/{id}", id), "data");
            Forms.rejected(model, problem);
            model.addAttribute("version", version);
            model.addAttribute("form", form);
            model.addAttribute("was", baseline(form));
            return "leads/page";
        }
    }

    /**
     * Someone saved the lead since this user opened it. The form comes back with their change merged in: the
     * fields this user changed keep what they typed, the others take the current values; the page lists who changed
     * what, and saving again applies it to the current version.
     */
    private String conflict(UUID id, Map<String, String> typed, Model model) {
        ApiResponse current = gateway.get("/api/leads/{id}", id);
        Map<String, String> now = LeadForm.of(current.map());
        Map<String, String> merged = new LinkedHashMap<>(now);
        List<Map<String, String>> changes = new ArrayList<>();
        for (Map.Entry<String, String> field : now.entrySet()) {
            String name = field.getKey();
            String was = typed.getOrDefault("was." + name, "");
            String mine = typed.getOrDefault(name, "");
            String theirs = field.getValue();
            boolean changedByMe = !Objects.equals(norm(mine), norm(was));
            boolean changedByThem = !Objects.equals(norm(theirs), norm(was));
            if (changedByMe) {
                merged.put(name, mine);
            }
            if (changedByMe || changedByThem) {
                changes.add(Map.of(
                        "field",
                        name,
                        "was",
                        was,
                        "mine",
                        changedByMe ? mine : "",
                        "theirs",
                        changedByThem ? theirs : "",
                        "clash",
                        String.valueOf(changedByMe && changedByThem && !Objects.equals(norm(mine), norm(theirs)))));
            }
        }
        show(model, current, "data");
        model.addAttribute("form", merged);
        model.addAttribute("was", now);
        model.addAttribute("conflict", changes);
        return "leads/page";
    }

    /** The values the user started from, sent back in the form's was.* fields. */
    private static Map<String, String> baseline(Map<String, String> form) {
        Map<String, String> was = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("was.")) {
                was.put(name.substring(4), value);
            }
        });
        return was;
    }

    private static String norm(String value) {
        return value == null ? "" : value.strip();
    }

    @PostMapping("/leads/{id}/status")
    String status(
            @PathVariable UUID id,
            @RequestParam String version,
            @RequestParam String status,
            @RequestParam(required = false) String discardReason,
            RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("discardReason", discardReason == null || discardReason.isBlank() ? null : discardReason.strip());
        try {
            gateway.put("/api/leads/{id}/status", body, version, id);
            redirect.addFlashAttribute("saved", true);
        } catch (ApiProblem problem) {
            if (!problem.isShownOnTheForm()) {
                throw problem;
            }
            redirect.addFlashAttribute("statusProblem", problem.status() == 412 ? "stale" : message(problem));
            redirect.addFlashAttribute(
                    "statusForm",
                    Map.of("status", status, "discardReason", discardReason == null ? "" : discardReason));
        }
        return "redirect:/leads/" + id;
    }

    /** Managers give the lead to another salesperson. */
    @PostMapping("/leads/{id}/assignee")
    String reassign(
            @PathVariable UUID id,
            @RequestParam String version,
            @RequestParam(required = false) String assignee,
            RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("assignee", assignee == null || assignee.isBlank() ? null : assignee);
        try {
            gateway.put("/api/leads/{id}/assignment", body, version, id);
            redirect.addFlashAttribute("saved", true);
        } catch (ApiProblem problem) {
            if (!problem.isShownOnTheForm()) {
                throw problem;
            }
            redirect.addFlashAttribute("assignProblem", message(problem));
        }
        return "redirect:/leads/" + id;
    }

    static String message(ApiProblem problem) {
        if (!problem.fieldErrors().isEmpty()) {
            return String.join("; ", problem.fieldErrors().values());
        }
        return problem.detail() != null ? problem.detail() : problem.title();
    }
}
