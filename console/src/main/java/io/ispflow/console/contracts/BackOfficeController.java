package io.ispflow.console.contracts;

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
 * Back office's tray: the installation orders still waiting for their contract (seed 004's "solicitud de alta"),
 * oldest first, whatever their visit's state; cancelled orders take no contract and are left out.
 */
@Controller
class BackOfficeController {

    static final List<String> FILTERS = List.of("q", "zone", "page");
    static final List<String> LIVE = List.of("UNSCHEDULED", "SCHEDULED", "IN_PROGRESS", "COMPLETED");

    private final Gateway gateway;

    BackOfficeController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/backoffice")
    String tray(@RequestParam MultiValueMap<String, String> query, Model model) {
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(query);
        filters.put("status", LIVE);
        filters.set("kind", "INSTALLATION");
        filters.set("contractGenerated", "false");
        filters.set("sort", "createdAt,asc");
        filters.set("size", "50");
        List<String> names = new java.util.ArrayList<>(FILTERS);
        names.addAll(List.of("status", "kind", "contractGenerated", "sort", "size"));
        model.addAttribute("filters", Forms.typed(query));
        model.addAttribute(
                "orders",
                gateway.get(Forms.withParameters("/api/orders", filters, names)).map());
        return "contracts/backoffice";
    }
}
