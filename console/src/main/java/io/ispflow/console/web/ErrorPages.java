package io.ispflow.console.web;

import io.ispflow.console.api.ApiProblem;
import io.ispflow.console.api.SessionEnded;
import io.ispflow.console.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What a person sees when a page cannot be made: a not-found page for what is unknown or outside their zones, a
 * page naming the part that is unavailable, and for anything unexpected a page with the correlation id. Forms
 * catch their own problems first, so what was typed is shown again with the messages.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler(SessionEnded.class)
    String sessionEnded(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", "/");
            return null;
        }
        return "redirect:/";
    }

    @ExceptionHandler(ApiProblem.class)
    String problem(ApiProblem problem, Model model, HttpServletResponse response) {
        // exception handlers get no @ModelAttribute values: the header still shows who is signed in
        model.addAttribute(
                "user", SignedInUser.of(SecurityContextHolder.getContext().getAuthentication()));
        model.addAttribute("problem", problem);
        model.addAttribute("correlationId", problem.correlationId());
        if (problem.status() == 404) {
            response.setStatus(404);
            return "error/not-found";
        }
        if (problem.isUnavailable()) {
            response.setStatus(503);
            return "error/unavailable";
        }
        if (problem.status() == 403) {
            response.setStatus(403);
            return "error/forbidden";
        }
        if (problem.status() >= 500) {
            log.warn("the API failed: {}", problem.getMessage());
            response.setStatus(502);
            return "error/unexpected";
        }
        response.setStatus(problem.status());
        return "error/rejected";
    }
}
