package io.ispflow.console.wizard;

import io.ispflow.console.api.ApiProblem;
import io.ispflow.console.api.ApiResponse;
import io.ispflow.console.api.Gateway;
import io.ispflow.console.leads.LeadForm;
import io.ispflow.console.leads.ProspectForm;
import io.ispflow.console.web.Forms;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Crear ticket": find or create the lead, choose or create the prospect (offer with its quote, place on the map),
 * choose what to create, review, confirm. The wizard's id is its Idempotency-Key, made when the wizard opens: a
 * double click, a reload after submitting or a retry after a dropped connection all make one ticket.
 */
@Controller
class WizardController {

    static final List<String> MODES = List.of("TICKET", "TICKET_AND_FEASIBILITY", "TICKET_AND_INSTALLATION");

    private final Gateway gateway;

    WizardController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/tickets/new")
    String open(
            @RequestParam(required = false) UUID leadId, @RequestParam(required = false) UUID prospectId, Model model) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("wizard", UUID.randomUUID().toString());
        form.add("lead.mode", leadId != null ? "existing" : "new");
        form.add("prospect.mode", prospectId != null ? "existing" : "new");
        form.add("create", "TICKET_AND_INSTALLATION");
        if (leadId != null) {
            form.add("lead.id", leadId.toString());
        }
        if (prospectId != null) {
            form.add("prospect.id", prospectId.toString());
        }
        return edit(form, model);
    }

    /** Back from the review, or after a refusal: the wizard as the user left it. */
    @PostMapping("/tickets/new/edit")
    String edit(@RequestParam MultiValueMap<String, String> submitted, Model model) {
        show(submitted, model);
        return "tickets/wizard";
    }

    @PostMapping("/tickets/new/review")
    String review(@RequestParam MultiValueMap<String, String> submitted, Model model) {
        show(submitted, model);
        model.addAttribute("hidden", submitted);
        if ("existing".equals(submitted.getFirst("prospect.mode")) && submitted.getFirst("prospect.id") != null) {
            model.addAttribute(
                    "chosenProspect",
                    gateway.get("/api/prospects/{id}", submitted.getFirst("prospect.id"))
                            .map());
        }
        return "tickets/wizard-review";
    }

    @PostMapping("/tickets/new")
    String submit(@RequestParam MultiValueMap<String, String> submitted, Model model) {
        String key = submitted.getFirst("wizard");
        if (key == null || key.isBlank()) {
            return "redirect:/tickets/new";
        }
        try {
            ApiResponse ticket = gateway.postOnce("/api/tickets", body(submitted), key);
            return "redirect:/tickets/" + ticket.map().get("id") + "?created";
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 && !problem.isUnavailable()) {
                throw problem;
            }
            // the lead made before a failure is kept: the next try chooses it instead of making another
            Object leadId = problem.property("leadId");
            if (leadId != null && "new".equals(submitted.getFirst("lead.mode"))) {
                submitted.set("lead.mode", "existing");
                submitted.set("lead.id", leadId.toString());
            }
            Forms.rejected(model, problem, "lead.new.", "prospect.new.");
            show(submitted, model);
            return "tickets/wizard";
        }
    }

    /** The leads matching what the user types, to choose one (htmx). */
    @GetMapping("/tickets/new/leads")
    String leads(@RequestParam(name = "leadSearch", required = false) String q, Model model) {
        if (q == null || q.strip().length() < 2) {
            return "tickets/wizard-choices :: leads-none";
        }
        model.addAttribute(
                "leads", gateway.get("/api/leads?q={q}&size=10", q.strip()).items());
        return "tickets/wizard-choices :: leads";
    }

    /** The chosen lead's prospects, to choose one (htmx). */
    @GetMapping("/tickets/new/prospects")
    String prospects(@RequestParam(name = "lead.id") UUID leadId, Model model) {
        model.addAttribute(
                "prospects", gateway.get("/api/leads/{id}/prospects", leadId).items());
        model.addAttribute("chosen", null);
        return "tickets/wizard-choices :: prospects";
    }

    private void show(MultiValueMap<String, String> submitted, Model model) {
        Map<String, String> form = Forms.typed(submitted);
        model.addAttribute("form", form);
        model.addAttribute("selectedItems", Forms.all(submitted, "offer.recurringItems"));
        model.addAttribute("selectedDiscounts", Forms.all(submitted, "offer.discounts"));
        model.addAttribute("modes", MODES);
        String leadId = form.get("lead.id");
        if ("existing".equals(form.get("lead.mode")) && leadId != null && !leadId.isBlank()) {
            model.addAttribute(
                    "chosenLead", gateway.get("/api/leads/{id}", leadId).map());
            model.addAttribute(
                    "prospects",
                    gateway.get("/api/leads/{id}/prospects", leadId).items());
        }
    }

    private Map<String, Object> body(MultiValueMap<String, String> submitted) {
        Map<String, String> form = Forms.typed(submitted);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "lead",
                "existing".equals(form.get("lead.mode"))
                        ? Map.of("id", String.valueOf(form.get("lead.id")))
                        : Map.of("new", LeadForm.body(form)));
        body.put(
                "prospect",
                "existing".equals(form.get("prospect.mode"))
                        ? Map.of("id", String.valueOf(form.get("prospect.id")))
                        : Map.of("new", ProspectForm.body(submitted)));
        body.put("create", form.get("create"));
        String tags = Forms.text(form, "tags");
        body.put("tags", tags == null ? List.of() : List.of(tags.split("\\s*,\\s*")));
        body.put("notes", Forms.text(form, "notes.ticket"));
        return body;
    }
}
