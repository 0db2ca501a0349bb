package io.ispflow.console.contracts;

import io.ispflow.console.api.ApiProblem;
import io.ispflow.console.api.ApiResponse;
import io.ispflow.console.api.Gateway;
import io.ispflow.console.web.Forms;
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
 * Contracts: the list and detail for everyone who may read them; for back office the form made from an installation
 * order (everything prefilled from the order and the catalog, back office adds the technical part) and the life of a
 * contract (suspend, reactivate, terminate, each with a reason and the version read).
 */
@Controller
class ContractsController {

    static final List<String> FILTERS = List.of("status", "zone", "node", "installation", "customerId", "page", "sort");
    static final List<String> ACTIONS = List.of("suspension", "reactivation", "termination");

    private final Gateway gateway;

    ContractsController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/contracts")
    String list(@RequestParam MultiValueMap<String, String> query, Model model) {
        model.addAttribute("filters", Forms.typed(query));
        model.addAttribute("statuses", Forms.all(query, "status"));
        try {
            model.addAttribute(
                    "contracts",
                    gateway.get(Forms.withParameters("/api/contracts", query, FILTERS))
                            .map());
        } catch (ApiProblem problem) {
            if (problem.status() != 400 && !problem.isUnavailable()) {
                throw problem;
            }
            Forms.rejected(model, problem);
        }
        return "contracts/list";
    }

    @GetMapping("/contracts/new")
    String create(@RequestParam String orderId, Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("connectionMode", "PPPOE");
        form.put("idempotencyKey", UUID.randomUUID().toString());
        return form(orderId, form, model);
    }

    @PostMapping("/contracts")
    String save(@RequestParam MultiValueMap<String, String> submitted, Model model) {
        Map<String, String> form = Forms.typed(submitted);
        String orderId = Forms.text(form, "orderId");
        Map<String, Object> cpe = new LinkedHashMap<>();
        for (String field : List.of("type", "model", "serial", "mac")) {
            cpe.put(field, Forms.text(form, "cpe." + field));
        }
        Map<String, Object> technical = new LinkedHashMap<>();
        technical.put("node", Forms.text(form, "node"));
        technical.put("connectionMode", Forms.text(form, "connectionMode"));
        technical.put("ipAddress", Forms.text(form, "ipAddress"));
        technical.put("pppoeUser", "PPPOE".equals(form.get("connectionMode")) ? Forms.text(form, "pppoeUser") : null);
        technical.put("cpe", cpe.values().stream().allMatch(java.util.Objects::isNull) ? null : cpe);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", orderId);
        body.put("technical", technical);
        body.put("notes", Forms.text(form, "notes"));
        try {
            // one key per form: a double click or a resubmission after a lost answer makes one contract
            ApiResponse created = gateway.postOnce("/api/contracts", body, form.get("idempotencyKey"));
            return "redirect:/contracts/" + created.map().get("id") + "?created";
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 && !problem.isUnavailable()) {
                throw problem;
            }
            Forms.rejected(model, problem, "technical.");
            return form(orderId, form, model);
        }
    }

    @GetMapping("/contracts/{id}")
    String page(@PathVariable UUID id, Model model) {
        ApiResponse contract = gateway.get("/api/contracts/{id}", id);
        model.addAttribute("contract", contract.map());
        model.addAttribute("version", contract.version());
        return "contracts/page";
    }

    @PostMapping("/contracts/{id}/{action}")
    String act(
            @PathVariable UUID id,
            @PathVariable String action,
            @RequestParam String version,
            @RequestParam String reason,
            RedirectAttributes redirect) {
        if (!ACTIONS.contains(action)) {
            return "redirect:/contracts/" + id;
        }
        try {
            gateway.postIfMatch("/api/contracts/{id}/" + action, Map.of("reason", reason), version, id);
            redirect.addFlashAttribute("saved", true);
        } catch (ApiProblem problem) {
            if (!problem.isShownOnTheForm()) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", problem);
            redirect.addFlashAttribute("errors", problem.fieldErrors());
            redirect.addFlashAttribute("typed", Map.of(action, reason));
        }
        return "redirect:/contracts/" + id;
    }

    /** The form with the order's prefill; an order that cannot take a contract says why instead. */
    private String form(String orderId, Map<String, String> form, Model model) {
        model.addAttribute("form", form);
        try {
            model.addAttribute(
                    "prefill",
                    gateway.get("/api/contracts/prefill?orderId={id}", orderId).map());
        } catch (ApiProblem problem) {
            if (problem.status() != 404 && problem.status() != 409 && !problem.isUnavailable()) {
                throw problem;
            }
            model.addAttribute("prefillProblem", problem);
        }
        return "contracts/new";
    }
}
