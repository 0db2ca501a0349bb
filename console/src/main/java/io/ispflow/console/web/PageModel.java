package io.ispflow.console.web;

import io.ispflow.console.ConsoleProperties;
import io.ispflow.console.people.People;
import io.ispflow.console.security.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header and scripts need: who is signed in, and the map tiles. */
@ControllerAdvice
class PageModel {

    private final People people;
    private final ConsoleProperties properties;

    PageModel(People people, ConsoleProperties properties) {
        this.people = people;
        this.properties = properties;
    }

    @ModelAttribute("user")
    SignedInUser user(Authentication authentication) {
        SignedInUser user = SignedInUser.of(authentication);
        if (user != null) {
            people.remember(user.subject(), user.name());
        }
        return user;
    }

    /** The page's own address with its query: live sections (htmx polling) read it again. */
    @ModelAttribute("self")
    String self(jakarta.servlet.http.HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /** The calendar's style element carries it (see StyleNonce). */
    @ModelAttribute("styleNonce")
    String styleNonce(jakarta.servlet.http.HttpServletRequest request) {
        return io.ispflow.console.security.StyleNonce.of(request);
    }

    @ModelAttribute("mapTilesUrl")
    String mapTilesUrl() {
        return properties.mapTilesUrl();
    }
}
