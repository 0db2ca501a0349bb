package io.ispflow.console.leads;

import io.ispflow.console.api.ApiProblem;
import io.ispflow.console.api.Gateway;
import io.ispflow.console.web.Forms;
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

/** New prospects on a lead's page, and the live quote of an offer (also used by the create-ticket wizard). */
@Controller
class ProspectController {

    private final Gateway gateway;

    ProspectController(Gateway gateway) {
        this.gateway = gateway;
    }

    @PostMapping("/leads/{id}/prospects")
    String create(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> submitted,
            Model model,
            RedirectAttributes redirect) {
        try {
            gateway.post("/api/leads/{id}/prospects", ProspectForm.body(submitted), id);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/leads/" + id + "?tab=prospects";
        } catch (ApiProblem problem) {
            if (!problem.isShownOnTheForm()) {
                throw problem;
            }
            var lead = gateway.get("/api/leads/{id}", id);
            model.addAttribute("lead", lead.map());
            model.addAttribute("version", lead.version());
            model.addAttribute("tab", "prospects");
            model.addAttribute(
                    "prospects", gateway.get("/api/leads/{id}/prospects", id).items());
            Forms.rejected(model, problem);
            ProspectForm.keepTyped(model, submitted);
            return "leads/page";
        }
    }

    /** The offer's figures as the catalog computes them, while the user picks plan, items and discounts. */
    @GetMapping("/quote")
    String quote(@RequestParam MultiValueMap<String, String> offer, Model model) {
        Map<String, Object> request = ProspectForm.offer(offer);
        if (request.get("plan") == null) {
            return "leads/prospect-fields :: quote";
        }
        try {
            model.addAttribute(
                    "quote", gateway.post("/api/catalog/quotes", request).map());
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 && !problem.isUnavailable()) {
                throw problem;
            }
            model.addAttribute("quoteProblem", LeadPageController.message(problem));
        }
        return "leads/prospect-fields :: quote";
    }
}
