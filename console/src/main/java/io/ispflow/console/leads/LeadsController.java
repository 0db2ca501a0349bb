package io.ispflow.console.leads;

import io.ispflow.console.api.ApiProblem;
import io.ispflow.console.api.ApiResponse;
import io.ispflow.console.api.Gateway;
import io.ispflow.console.web.Forms;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The lead grid (every filter of the API, sortable columns, pages with the total), its export, and new leads. */
@Controller
class LeadsController {

    /** The grid's filters, named as the API names them, so a page's URL can be shared and exported as is. */
    static final List<String> FILTERS = List.of(
            "q",
            "origin",
            "zone",
            "status",
            "stage",
            "assignee",
            "unassigned",
            "channel",
            "campaign",
            "createdFrom",
            "createdTo");

    static final List<String> SORTABLE = List.of("name", "status", "stage", "zone", "origin", "assignee", "createdAt");

    private final Gateway gateway;

    LeadsController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/leads")
    String grid(@RequestParam MultiValueMap<String, String> query, Model model) {
        MultiValueMap<String, String> all = new LinkedMultiValueMap<>(query);
        String sort = query.getFirst("sort");
        int page = number(query.getFirst("page"), 0);
        int size = Math.min(Math.max(number(query.getFirst("size"), 20), 1), 200);
        String api = UriComponentsBuilder.fromUriString(Forms.withParameters("/api/leads", all, FILTERS))
                .queryParam("page", page)
                .queryParam("size", size)
                .queryParamIfPresent("sort", java.util.Optional.ofNullable(blankToNull(sort)))
                .build(true)
                .toUriString();
        model.addAttribute("filters", Forms.typed(query));
        model.addAttribute("filterValues", query);
        model.addAttribute("sort", sort == null ? "" : sort);
        model.addAttribute("sortable", SORTABLE);
        model.addAttribute("exportQuery", Forms.withParameters("/leads/export", all, FILTERS));
        model.addAttribute("links", new GridLinks(Forms.withParameters("", all, FILTERS), sort == null ? "" : sort));
        try {
            model.addAttribute("result", gateway.get(api).map());
        } catch (ApiProblem problem) {
            if (problem.status() != 400 && !problem.isUnavailable()) {
                throw problem;
            }
            // a filter the API refuses, or the lead service down: the page stays, with the filters as typed
            Forms.rejected(model, problem);
        }
        return "leads/grid";
    }

    /** The export of exactly the grid's current filter, streamed from the API as it is written. */
    @GetMapping("/leads/export")
    void export(@RequestParam MultiValueMap<String, String> query, HttpServletResponse response) {
        gateway.download(URI.create(Forms.withParameters("/api/leads/export", query, FILTERS)), response);
    }

    @GetMapping("/leads/new")
    String newLead(Model model) {
        model.addAttribute("form", Map.of());
        return "leads/new";
    }

    @PostMapping("/leads")
    String create(@RequestParam MultiValueMap<String, String> submitted, Model model) {
        Map<String, String> form = Forms.typed(submitted);
        boolean force = "true".equals(form.get("force"));
        try {
            ApiResponse created = gateway.post("/api/leads" + (force ? "?force=true" : ""), LeadForm.body(form));
            return "redirect:/leads/" + created.map().get("id") + "?created";
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 && !problem.isUnavailable()) {
                throw problem;
            }
            Forms.rejected(model, problem);
            model.addAttribute("form", form);
            // a document that exists already: the candidates, and the choice to register it anyway
            model.addAttribute("duplicateDocument", problem.status() == 409);
            return "leads/new";
        }
    }

    /** The duplicate warning while a document, e-mail or phone is typed (htmx): only "exists in zone X" elsewhere. */
    @GetMapping("/leads/duplicates")
    String duplicates(
            @RequestParam(required = false) String documentNumber,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String mobile,
            @RequestParam(required = false) String self,
            Model model) {

        String tel = blankToNull(phone) != null ? phone : mobile;
        if (blankToNull(documentNumber) == null && blankToNull(email) == null && blankToNull(tel) == null) {
            return "leads/fragments :: duplicates-none";
        }
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/leads/duplicates");
        if (blankToNull(documentNumber) != null) {
            uri.queryParam("document", documentNumber.strip());
        }
        if (blankToNull(email) != null) {
            uri.queryParam("email", email.strip());
        }
        if (blankToNull(tel) != null) {
            uri.queryParam("phone", tel.strip());
        }
        try {
            model.addAttribute(
                    "check", gateway.get(uri.encode().build().toUriString()).map());
        } catch (ApiProblem problem) {
            // a half-typed e-mail is not an error worth showing while typing
            return "leads/fragments :: duplicates-none";
        }
        return "leads/fragments :: duplicates";
    }

    static int number(String value, int fallback) {
        try {
            return value == null ? fallback : Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
