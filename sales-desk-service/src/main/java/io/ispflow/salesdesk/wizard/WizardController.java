package io.ispflow.salesdesk.wizard;

import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.ispflow.salesdesk.ticket.TicketView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
@Tag(name = "Create-ticket wizard", description = "Lead, prospect, ticket and its order in one request")
class WizardController {

    private final WizardService wizard;

    WizardController(WizardService wizard) {
        this.wizard = wizard;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('SALES', 'MANAGER', 'ADMIN')")
    @Operation(
            summary = "Open a ticket, creating its lead and prospect when they are new",
            description = "lead: {id} or {new: <lead>}; prospect: {id} or {new: {offer, location}}; create: TICKET,"
                    + " TICKET_AND_FEASIBILITY or TICKET_AND_INSTALLATION. Send an Idempotency-Key: a retry with"
                    + " it returns the first ticket, and after a partial failure reuses the lead and prospect"
                    + " already made. The lead service's 4xx come back as they are (fields prefixed lead.new. or"
                    + " prospect.new.); when it is down, 503 dependency-unavailable and no ticket.")
    ResponseEntity<TicketView> open(
            @RequestBody WizardRequest request,
            @Parameter(description = "makes a retry return the first result instead of a second ticket")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    String idempotencyKey,
            Caller caller) {
        TicketView ticket = wizard.open(request, caller, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/tickets/" + ticket.id()))
                .eTag(ETags.of(ticket.version()))
                .body(ticket);
    }
}
