package io.ispflow.console.leads;

import io.ispflow.console.api.ApiProblem;
import io.ispflow.console.api.ApiResponse;
import io.ispflow.console.api.Catalog;
import io.ispflow.console.api.Gateway;
import io.ispflow.console.people.People;
import io.ispflow.console.web.Forms;
import io.ispflow.console.web.Labels;
import java.util.ArrayList;
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

/**
 * What managers do with many leads at once: reassign the rows selected in the grid, turn a zone's round-robin
 * auto-assignment on or off, and clear the imported leads nobody worked (the stale-lead policy decides which).
 */
@Controller
class ManagersController {

    private final Gateway gateway;
    private final Catalog catalog;
    private final Labels labels;
    private final People people;

    ManagersController(Gateway gateway, Catalog catalog, Labels labels, People people) {
        this.gateway = gateway;
        this.catalog = catalog;
        this.labels = labels;
        this.people = people;
    }

    /** The grid's selected rows to one salesperson (or to nobody); the grid comes back with the outcome. */
    @PostMapping("/leads/assignments")
    String reassign(
            @RequestParam(name = "leadIds", required = false) List<UUID> leadIds,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        String grid = back != null && back.startsWith("/leads") && !back.startsWith("//") ? back : "/leads";
        if (leadIds == null || leadIds.isEmpty()) {
            redirect.addFlashAttribute("bulkRefused", labels.message("managers.noneSelected"));
            return "redirect:" + grid;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("leadIds", leadIds);
        body.put("assignee", assignee == null || assignee.isBlank() ? null : assignee);
        try {
            Map<String, Object> answer =
                    gateway.post("/api/leads/assignments", body).map();
            List<String> refused = new ArrayList<>();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> results = (List<Map<String, Object>>) answer.get("results");
            for (Map<String, Object> result : results) {
                Object outcome = result.get("outcome");
                if ("REFUSED".equals(outcome) || "NOT_FOUND".equals(outcome)) {
                    refused.add(String.valueOf(result.get("message") == null ? outcome : result.get("message")));
                }
            }
            redirect.addFlashAttribute(
                    "bulkDone",
                    labels.message(
                            "managers.reassigned",
                            answer.get("reassigned"),
                            assignee == null || assignee.isBlank()
                                    ? labels.message("managers.nobody")
                                    : people.name(assignee)));
            if (!refused.isEmpty()) {
                redirect.addFlashAttribute("bulkRefusedList", refused);
            }
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 && !problem.isUnavailable()) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", problem);
        }
        return "redirect:" + grid;
    }

    /** Each zone's round robin: on or off, and who takes the next new lead in turn. */
    @GetMapping("/leads/auto-assignment")
    String autoAssignment(Model model) {
        List<Map<String, Object>> zones = new ArrayList<>();
        for (Map<String, Object> zone : catalog.zones()) {
            try {
                ApiResponse config = gateway.get("/api/leads/auto-assignment/{zone}", zone.get("code"));
                Map<String, Object> row = new LinkedHashMap<>(config.map());
                row.put("name", zone.get("name"));
                row.put("etag", config.version());
                zones.add(row);
            } catch (ApiProblem problem) {
                if (problem.status() != 404 && problem.status() != 403) {
                    throw problem;
                }
                // a zone the manager does not hold is not theirs to configure
            }
        }
        model.addAttribute("zones", zones);
        return "leads/auto-assignment";
    }

    @PostMapping("/leads/auto-assignment/{zone}")
    String configure(
            @PathVariable String zone,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam(required = false) String version,
            RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enabled", "true".equals(form.getFirst("enabled")));
        body.put("salespeople", Forms.all(form, "salespeople"));
        try {
            gateway.put("/api/leads/auto-assignment/{zone}", body, version, zone);
            redirect.addFlashAttribute("savedZone", zone);
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 && !problem.isUnavailable()) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", problem);
            redirect.addFlashAttribute("problemZone", zone);
        }
        return "redirect:/leads/auto-assignment#zone-" + zone;
    }

    /** The imported leads the stale-lead policy lets a manager delete (never assigned, still a lead, old enough). */
    @GetMapping("/leads/stale")
    String stale(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute(
                "result",
                gateway.get("/api/leads?stale=true&size=50&sort=createdAt,asc&page={page}", Math.max(page, 0))
                        .map());
        return "leads/stale";
    }

    @PostMapping("/leads/stale/delete")
    String deleteStale(
            @RequestParam(name = "leadIds", required = false) List<UUID> leadIds, RedirectAttributes redirect) {
        int deleted = 0;
        List<String> refused = new ArrayList<>();
        for (UUID id : leadIds == null ? List.<UUID>of() : leadIds) {
            try {
                gateway.delete("/api/leads/{id}", id);
                deleted++;
            } catch (ApiProblem problem) {
                if (problem.status() >= 500 && !problem.isUnavailable()) {
                    throw problem;
                }
                // deleted meanwhile, assigned by someone else, or not stale any more: said, not hidden
                refused.add(labels.problem(problem));
            }
        }
        redirect.addFlashAttribute("bulkDone", labels.message("managers.deleted", deleted));
        if (!refused.isEmpty()) {
            redirect.addFlashAttribute("bulkRefusedList", refused);
        }
        return "redirect:/leads/stale";
    }
}
