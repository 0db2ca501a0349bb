package io.ispflow.console.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    /** The sales team starts at the lead grid. */
    @GetMapping("/")
    String home() {
        return "redirect:/leads";
    }
}
