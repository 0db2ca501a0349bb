package io.ispflow.salesdesk.ticket;

import io.ispflow.contracts.ticket.OrderKind;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One ticket: read it, reassign and tag it, comment on it, ask for another order, close it as lost or
 * cancelled. Tickets outside the caller's zones are 404; changes take the ETag in If-Match (428
 * without, 412 when stale). The wizard ({@code POST /api/tickets}) and the board live in their own
 * features.
 */
@RestController
@RequestMapping("/api/tickets/{id}")
@Tag(name = "Tickets", description = "A ticket of the sales desk and what users do with it")
class TicketController {

    static final String SELLERS = "hasAnyRole('SALES', 'MANAGER', 'ADMIN')";

    record UpdateTicketRequest(@Size(max = 200) String assignee, List<String> tags) {}

    record CommentRequest(@NotBlank @Size(max = 2000) String text) {}

    record ReasonRequest(@NotBlank @Size(max = 1000) String reason) {}

    record OrderRequestBody(@NotNull OrderKind kind, @Size(max = 2000) String notes) {}

    private final TicketService tickets;

    TicketController(TicketService tickets) {
        this.tickets = tickets;
    }

    @GetMapping
    @Operation(summary = "Get a ticket; the ETag is its version")
    ResponseEntity<TicketView> get(@PathVariable UUID id, Caller caller) {
        return withETag(ResponseEntity.ok(), tickets.get(id, caller));
    }

    @PutMapping
    @PreAuthorize(SELLERS)
    @Operation(summary = "Replace the assignee and the tags (If-Match)")
    ResponseEntity<TicketView> update(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody UpdateTicketRequest request,
            Caller caller) {
        return withETag(ResponseEntity.ok(), tickets.reassign(id, ifMatch, request.assignee(), request.tags(), caller));
    }

    @PostMapping("/comments")
    @PreAuthorize(SELLERS)
    @Operation(summary = "Add a comment; answers the ticket with its new ETag")
    ResponseEntity<TicketView> comment(
            @PathVariable UUID id, @Valid @RequestBody CommentRequest request, Caller caller) {
        return withETag(ResponseEntity.status(HttpStatus.CREATED), tickets.comment(id, request.text(), caller));
    }

    @PostMapping("/orders")
    @PreAuthorize(SELLERS)
    @Operation(
            summary = "Ask for another order (If-Match), e.g. the installation after a feasible study",
            description = "409 when the ticket is closed or installed, when an order is still open, or for an"
                    + " installation after a NOT_FEASIBLE study.")
    ResponseEntity<TicketView> requestOrder(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody OrderRequestBody request,
            Caller caller) {
        return withETag(
                ResponseEntity.status(HttpStatus.CREATED),
                tickets.requestOrder(id, ifMatch, request.kind(), request.notes(), caller));
    }

    @PostMapping("/lost")
    @PreAuthorize(SELLERS)
    @Operation(summary = "Close the ticket as lost, with the reason (If-Match)")
    ResponseEntity<TicketView> lost(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ReasonRequest request,
            Caller caller) {
        return withETag(ResponseEntity.ok(), tickets.markLost(id, ifMatch, request.reason(), caller));
    }

    @PostMapping("/cancellation")
    @PreAuthorize(SELLERS)
    @Operation(summary = "Cancel the ticket, with the reason (If-Match); its open orders get cancelled")
    ResponseEntity<TicketView> cancel(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ReasonRequest request,
            Caller caller) {
        return withETag(ResponseEntity.ok(), tickets.cancel(id, ifMatch, request.reason(), caller));
    }

    private static ResponseEntity<TicketView> withETag(ResponseEntity.BodyBuilder response, TicketView ticket) {
        return response.eTag(ETags.of(ticket.version())).body(ticket);
    }
}
