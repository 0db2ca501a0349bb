package io.ispflow.salesdesk.wizard;

import io.ispflow.platform.openapi.ProblemResponse;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.ReturnsETag;
import io.ispflow.salesdesk.ticket.TicketView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tickets")
@Tag(
        name = "Create-ticket wizard",
        description = "Lead, prospect, ticket and the order it asks for, in one request; the lead and prospect are"
                + " made in the lead service while the user waits")
class WizardController {

    private final WizardService wizard;

    WizardController(WizardService wizard) {
        this.wizard = wizard;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('SALES', 'MANAGER', 'ADMIN')")
    @ReturnsETag
    @ProblemResponse(
            status = 404,
            description = "The lead or prospect chosen by id is unknown, or outside the caller's zones")
    @Operation(
            operationId = "openTicketThroughWizard",
            summary = "Open a ticket, creating its lead and prospect when they are new",
            description = "Roles: SALES, MANAGER or ADMIN; the caller must hold the zone of a new lead, of a new"
                    + " prospect's location and of the ticket (403 otherwise). lead: {id} or {new: <lead>};"
                    + " prospect: {id} of a prospect of that lead (not cancelled: 409 prospect-cancelled) or {new:"
                    + " {offer, location}}; a new lead takes a new prospect. create: TICKET, TICKET_AND_FEASIBILITY"
                    + " or TICKET_AND_INSTALLATION (the order is asked for with ticket.opened.v1). The ticket's zone"
                    + " is the location's, else the lead's; its assignee the one asked for, else the lead's, else"
                    + " the caller. Send an Idempotency-Key: a retry with it returns the first ticket, and after a"
                    + " partial failure reuses the lead and prospect already made (a failure after a new lead was"
                    + " made names it in leadId). The lead service's 4xx come back as they are (fields prefixed"
                    + " lead.new. or prospect.new.); when it is down, 503 dependency-unavailable and no ticket.")
    @ApiResponse(responseCode = "201", description = "Opened: the new ticket, with its Location and ETag")
    ResponseEntity<TicketView> open(
            @RequestBody WizardRequest request,
            // documented once for every POST by the platform's OpenAPI contract (IdempotencyKey)
            @Parameter(hidden = true) @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Caller caller) {
        TicketView ticket = wizard.open(request, caller, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/tickets/" + ticket.id()))
                .eTag(ETags.of(ticket.version()))
                .body(ticket);
    }
}
