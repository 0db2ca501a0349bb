package io.ispflow.console.tickets;

import io.ispflow.console.api.ApiProblem;
import io.ispflow.console.api.Gateway;
import io.ispflow.console.web.Forms;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ticket board: a column per status with its count (one call for every count), each column's cards loaded on
 * their own (htmx), so a slow column never holds the page. Filters are the API's.
 */
@Controller
class BoardController {

    static final List<String> FILTERS = List.of("q", "zone", "assignee", "tags", "createdFrom", "createdTo");

    private final Gateway gateway;

    BoardController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/tickets")
    String board(@RequestParam MultiValueMap<String, String> query, Model model) {
        model.addAttribute("filters", Forms.typed(query));
        model.addAttribute("filterQuery", Forms.withParameters("", query, FILTERS));
        try {
            model.addAttribute(
                    "board",
                    gateway.get(Forms.withParameters("/api/tickets/board", query, FILTERS))
                            .map());
        } catch (ApiProblem problem) {
            if (problem.status() != 400 && !problem.isUnavailable()) {
                throw problem;
            }
            Forms.rejected(model, problem);
        }
        return "tickets/board";
    }

    @GetMapping("/tickets/column")
    String column(@RequestParam String status, @RequestParam MultiValueMap<String, String> query, Model model) {
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(query);
        filters.set("status", status);
        filters.set("size", "50");
        List<String> names = new java.util.ArrayList<>(FILTERS);
        names.add("status");
        names.add("size");
        model.addAttribute(
                "tickets",
                gateway.get(Forms.withParameters("/api/tickets", filters, names))
                        .map());
        return "tickets/board-column :: column";
    }
}
