package io.ispflow.console.tickets;

import io.ispflow.console.api.ApiProblem;
import io.ispflow.console.api.ApiResponse;
import io.ispflow.console.api.Gateway;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A ticket: its orders and their states, comments, tags and assignee; lost, cancelled, and a later order. */
@Controller
class TicketController {

    private final Gateway gateway;

    TicketController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/tickets/{id}")
    String page(@PathVariable UUID id, Model model) {
        ApiResponse ticket = gateway.get("/api/tickets/{id}", id);
        model.addAttribute("ticket", ticket.map());
        model.addAttribute("version", ticket.version());
        return "tickets/page";
    }

    @PostMapping("/tickets/{id}/comments")
    String comment(@PathVariable UUID id, @RequestParam String text, RedirectAttributes redirect) {
        return act(
                id, redirect, () -> gateway.post("/api/tickets/{id}/comments", Map.of("text", text), id), "text", text);
    }

    @PostMapping("/tickets/{id}/lost")
    String lost(
            @PathVariable UUID id,
            @RequestParam String version,
            @RequestParam String reason,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                () -> gateway.postIfMatch("/api/tickets/{id}/lost", Map.of("reason", reason), version, id),
                "lostReason",
                reason);
    }

    @PostMapping("/tickets/{id}/cancellation")
    String cancel(
            @PathVariable UUID id,
            @RequestParam String version,
            @RequestParam String reason,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                () -> gateway.postIfMatch("/api/tickets/{id}/cancellation", Map.of("reason", reason), version, id),
                "cancelReason",
                reason);
    }

    @PostMapping("/tickets/{id}/orders")
    String laterOrder(
            @PathVariable UUID id,
            @RequestParam String version,
            @RequestParam String kind,
            @RequestParam(required = false) String notes,
            RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("notes", notes == null || notes.isBlank() ? null : notes);
        return act(
                id,
                redirect,
                () -> gateway.postIfMatch("/api/tickets/{id}/orders", body, version, id),
                "orderNotes",
                notes);
    }

    /**
     * Runs a ticket action and comes back to the ticket; a refusal is shown there with what was typed kept (a stale
     * version says someone else changed the ticket first).
     */
    private String act(UUID id, RedirectAttributes redirect, Runnable action, String field, String typed) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
        } catch (ApiProblem problem) {
            if (!problem.isShownOnTheForm()) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", problem);
            redirect.addFlashAttribute("errors", problem.fieldErrors());
            redirect.addFlashAttribute("typed", Map.of(field, typed == null ? "" : typed));
        }
        return "redirect:/tickets/" + id;
    }
}
