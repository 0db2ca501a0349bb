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

    @ModelAttribute("mapTilesUrl")
    String mapTilesUrl() {
        return properties.mapTilesUrl();
    }
}
