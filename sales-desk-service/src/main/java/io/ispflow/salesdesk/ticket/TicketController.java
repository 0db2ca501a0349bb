package io.ispflow.salesdesk.ticket;

import io.ispflow.contracts.ticket.OrderKind;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.ReturnsETag;
import io.ispflow.salesdesk.examples.ContractExamples;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
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
@Tag(
        name = "Tickets",
        description = "A ticket of the sales desk and what users do with it: reassign and tag it, comment on it, ask"
                + " for another order, close it as lost or cancelled")
class TicketController {

    static final String SELLERS = "hasAnyRole('SALES', 'MANAGER', 'ADMIN')";
    private static final String SELLERS_IN_ZONE = "Roles: SALES, MANAGER or ADMIN, holding the ticket's zone (a"
            + " caller without zones holds them all); a ticket outside the caller's zones is a 404.";
    private static final String IF_MATCH =
            "Needs If-Match with the ETag last read: 428 without it, 412 when the ticket changed meanwhile.";
    private static final String TICKET_ID = "The ticket's id";
    private static final String ERASED =
            " A ticket whose lead's personal data was erased can no longer change: 409 lead-erased.";

    @Schema(description = "The ticket's assignee and tags, both replaced")
    record UpdateTicketRequest(
            @Schema(
                            description = "Who works the ticket (a user's subject); absent or blank leaves it"
                                    + " unassigned",
                            example = "ana")
                    @Size(max = 200)
                    String assignee,
            @ArraySchema(
                            arraySchema =
                                    @Schema(
                                            description = "Every tag of the ticket (absent: none): trimmed, each once;"
                                                    + " at most 20 of at most 40 characters"),
                            maxItems = 20,
                            schema = @Schema(example = "prioridad", minLength = 1, maxLength = 40))
                    List<String> tags) {}

    record CommentRequest(
            @Schema(
                            description = "The comment; its author is the caller",
                            example = "La clienta pide que la llamen después de las 18")
                    @NotBlank
                    @Size(max = 2000)
                    String text) {}

    record ReasonRequest(
            @Schema(
                            description = "Why the ticket is closed; kept on the ticket and sent in its event",
                            example = "Eligió otro proveedor por precio")
                    @NotBlank
                    @Size(max = 1000)
                    String reason) {}

    record OrderRequestBody(
            @Schema(description = "The kind of order to ask the order service for", example = "INSTALLATION") @NotNull
                    OrderKind kind,
            @Schema(
                            description = "For the technicians; also the order's notes",
                            example = "Instalar después de las 14; hay perro en el patio")
                    @Size(max = 2000)
                    String notes) {}

    private final TicketService tickets;

    TicketController(TicketService tickets) {
        this.tickets = tickets;
    }

    @GetMapping
    @ReturnsETag
    @Operation(
            operationId = "getTicket",
            summary = "Get one ticket",
            description = "Roles: any authenticated user holding the ticket's zone (a caller without zones holds"
                    + " them all); a ticket outside the caller's zones is a 404, never a 403. The ETag header is"
                    + " the ticket's version: send it back as If-Match to change the ticket.")
    ResponseEntity<TicketView> get(
            @Parameter(description = TICKET_ID, example = ContractExamples.TICKET_ID) @PathVariable UUID id,
            Caller caller) {
        return withETag(ResponseEntity.ok(), tickets.get(id, caller));
    }

    @PutMapping
    @PreAuthorize(SELLERS)
    @ReturnsETag
    @Operation(
            operationId = "updateTicketAssigneeAndTags",
            summary = "Replace the ticket's assignee and tags",
            description = SELLERS_IN_ZONE + " " + IF_MATCH + " Both are replaced: an absent assignee leaves the"
                    + " ticket unassigned, absent tags remove every tag. A closed ticket may still be reassigned."
                    + " No event is published." + ERASED)
    ResponseEntity<TicketView> update(
            @Parameter(description = TICKET_ID, example = ContractExamples.TICKET_ID) @PathVariable UUID id,
            @Parameter(description = "The ticket's ETag as last read")
                    @RequestHeader(name = "If-Match", required = false)
                    String ifMatch,
            @Valid @RequestBody UpdateTicketRequest request,
            Caller caller) {
        return withETag(ResponseEntity.ok(), tickets.reassign(id, ifMatch, request.assignee(), request.tags(), caller));
    }

    @PostMapping("/comments")
    @PreAuthorize(SELLERS)
    @ReturnsETag
    @Operation(
            operationId = "addTicketComment",
            summary = "Add a comment to the ticket",
            description = SELLERS_IN_ZONE + " Comments only ever add, so no If-Match is needed; closed tickets take"
                    + " comments too. Answers 201 with the whole ticket, the comment last, and its new ETag." + ERASED)
    @ApiResponse(responseCode = "201", description = "Added: the ticket with the new comment, and its new ETag")
    ResponseEntity<TicketView> comment(
            @Parameter(description = TICKET_ID, example = ContractExamples.TICKET_ID) @PathVariable UUID id,
            @Valid @RequestBody CommentRequest request,
            Caller caller) {
        // Location: where the ticket with its new comment is read (comments have no address of their own)
        return withETag(ResponseEntity.created(ticketUri(id)), tickets.comment(id, request.text(), caller));
    }

    @PostMapping("/orders")
    @PreAuthorize(SELLERS)
    @ReturnsETag
    @Operation(
            operationId = "requestTicketOrder",
            summary = "Ask for another order, e.g. the installation after a feasible study",
            description = SELLERS_IN_ZONE + " " + IF_MATCH + " The order service makes the order from"
                    + " ticket.order-requested.v1; the ticket moves to FEASIBILITY_REQUESTED or"
                    + " INSTALLATION_REQUESTED. A ticket runs one order at a time: 409 order-already-open while one"
                    + " is open, 409 ticket-closed when the ticket is WON, LOST or CANCELLED, 409 already-installed"
                    + " when it is INSTALLED, and 409 not-feasible for an installation after a NOT_FEASIBLE study."
                    + ERASED)
    @ApiResponse(responseCode = "201", description = "Asked for: the ticket with the new order, and its new ETag")
    ResponseEntity<TicketView> requestOrder(
            @Parameter(description = TICKET_ID, example = ContractExamples.TICKET_ID) @PathVariable UUID id,
            @Parameter(description = "The ticket's ETag as last read")
                    @RequestHeader(name = "If-Match", required = false)
                    String ifMatch,
            @Valid @RequestBody OrderRequestBody request,
            Caller caller) {
        return withETag(
                ResponseEntity.created(ticketUri(id)),
                tickets.requestOrder(id, ifMatch, request.kind(), request.notes(), caller));
    }

    @PostMapping("/lost")
    @PreAuthorize(SELLERS)
    @ReturnsETag
    @Operation(
            operationId = "markTicketLost",
            summary = "Close the ticket as lost, with the reason",
            description = SELLERS_IN_ZONE + " " + IF_MATCH + " The ticket moves to LOST for good (ticket.lost.v1"
                    + " and ticket.status-changed.v1); a ticket already WON, LOST or CANCELLED is a 409"
                    + " ticket-closed." + ERASED)
    ResponseEntity<TicketView> lost(
            @Parameter(description = TICKET_ID, example = ContractExamples.TICKET_ID) @PathVariable UUID id,
            @Parameter(description = "The ticket's ETag as last read")
                    @RequestHeader(name = "If-Match", required = false)
                    String ifMatch,
            @Valid @RequestBody ReasonRequest request,
            Caller caller) {
        return withETag(ResponseEntity.ok(), tickets.markLost(id, ifMatch, request.reason(), caller));
    }

    @PostMapping("/cancellation")
    @PreAuthorize(SELLERS)
    @ReturnsETag
    @Operation(
            operationId = "cancelTicket",
            summary = "Cancel the ticket, with the reason; its open orders get cancelled",
            description = SELLERS_IN_ZONE + " " + IF_MATCH + " The ticket moves to CANCELLED for good"
                    + " (ticket.cancelled.v1, on which the order service cancels its open orders, and"
                    + " ticket.status-changed.v1); a ticket already WON, LOST or CANCELLED is a 409 ticket-closed."
                    + ERASED)
    ResponseEntity<TicketView> cancel(
            @Parameter(description = TICKET_ID, example = ContractExamples.TICKET_ID) @PathVariable UUID id,
            @Parameter(description = "The ticket's ETag as last read")
                    @RequestHeader(name = "If-Match", required = false)
                    String ifMatch,
            @Valid @RequestBody ReasonRequest request,
            Caller caller) {
        return withETag(ResponseEntity.ok(), tickets.cancel(id, ifMatch, request.reason(), caller));
    }

    private static ResponseEntity<TicketView> withETag(ResponseEntity.BodyBuilder response, TicketView ticket) {
        return response.eTag(ETags.of(ticket.version())).body(ticket);
    }

    private static URI ticketUri(UUID id) {
        return URI.create("/api/tickets/" + id);
    }
}
