package io.ispflow.console.web;

import io.ispflow.console.security.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    /** Each person starts where their work is: sales at the grid, a technician at their day, and so on. */
    @GetMapping("/")
    String home(Authentication authentication) {
        SignedInUser user = SignedInUser.of(authentication);
        return "redirect:" + (user == null ? "/leads" : user.home());
    }
}
