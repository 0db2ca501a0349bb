package io.ispflow.console.contracts;

import io.ispflow.console.api.Gateway;
import io.ispflow.console.web.Forms;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Customers (made with their first contract) and each one's contracts. */
@Controller
class CustomersController {

    static final List<String> FILTERS = List.of("q", "zone", "page");

    private final Gateway gateway;

    CustomersController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/customers")
    String list(@RequestParam MultiValueMap<String, String> query, Model model) {
        model.addAttribute("filters", Forms.typed(query));
        model.addAttribute(
                "customers",
                gateway.get(Forms.withParameters("/api/customers", query, FILTERS))
                        .map());
        return "contracts/customers";
    }

    @GetMapping("/customers/{id}")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("customer", gateway.get("/api/customers/{id}", id).map());
        return "contracts/customer";
    }
}
