package io.ispflow.lead.lead;

import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.OptionalIfMatch;
import io.ispflow.platform.web.PageResponse;
import io.ispflow.platform.web.ReturnsETag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/leads")
@Tag(
        name = "Leads",
        description = "Potential customers: the grid, registration, edits and the sales status. Every read is "
                + "filtered by the caller's zones (a caller without zones sees every lead); records without a zone "
                + "are visible to all.")
class LeadController {

    static final String WRITERS = "hasAnyRole('SALES', 'MANAGER', 'ADMIN')";
    static final String MANAGERS = "hasAnyRole('MANAGER', 'ADMIN')";

    private final LeadService service;
    private final LeadSearch search;

    LeadController(LeadService service, LeadSearch search) {
        this.service = service;
        this.search = search;
    }

    @GetMapping
    @Operation(
            operationId = "listLeads",
            summary = "The grid: a page of the leads the caller can see, with the total",
            description = "Any authenticated role; only leads in the caller's zones and leads without a zone (all "
                    + "of them for a caller without zones). Filters: q (words in name, document, e-mail, phone or "
                    + "mobile), origin, zone, status, stage (several values: repeated or comma-separated), assignee "
                    + "or unassigned=true, channel, campaign, createdFrom, createdTo (ISO date or date-time), stale=true (the "
                    + "imported leads a manager may delete). "
                    + "sort=createdAt|updatedAt|name|status|stage|zone|origin|assignee[,asc|desc], newest first by "
                    + "default.")
    PageResponse<LeadView> list(
            @ParameterObject @ModelAttribute LeadFilter filter,
            @Parameter(
                            description = "createdAt, updatedAt, name, status, stage, zone, origin or assignee, "
                                    + "optionally followed by ,asc or ,desc; newest first by default",
                            example = "name,asc")
                    @RequestParam(required = false)
                    String sort,
            @Parameter(description = "the page, from 0", example = "0")
                    @RequestParam(defaultValue = "0")
                    @Min(0)
                    @Max(1_000_000)
                    int page,
            @Parameter(description = "leads per page (1 to 200)", example = "20")
                    @RequestParam(defaultValue = "20")
                    @Min(1)
                    @Max(200)
                    int size,
            Caller caller) {
        return search.search(filter, LeadSort.parse(sort), page, size, caller);
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    @ReturnsETag
    @Operation(
            operationId = "createLead",
            summary = "Register a lead (Idempotency-Key honoured)",
            description = "Roles SALES, MANAGER, ADMIN. Only the name is required. Origin and zone must be active "
                    + "catalog codes. A caller with zones must name one of them as the zone (400 without one, 403 "
                    + "for a zone not held); a caller without zones may leave it empty (a lead every zone sees). A "
                    + "salesperson may only assign the lead to themselves. A document that already exists is a 409 "
                    + "naming the candidates; force=true registers it anyway. With nobody assigned, the zone's "
                    + "auto-assignment picks the salesperson.")
    @ApiResponse(responseCode = "201", description = "The lead was registered; Location is its address")
    ResponseEntity<LeadView> create(
            @Valid @RequestBody LeadRequest request,
            @Parameter(description = "register even if the document already exists", example = "false")
                    @RequestParam(defaultValue = "false")
                    boolean force,
            Caller caller) {
        Lead lead = service.create(request, caller, force);
        return ResponseEntity.created(URI.create("/api/leads/" + lead.getId()))
                .eTag(ETags.of(lead.getVersion()))
                .body(LeadView.of(lead));
    }

    @GetMapping("/{id}")
    @ReturnsETag
    @Operation(
            operationId = "getLead",
            summary = "One lead; 404 when unknown or outside the caller's zones",
            description = "Any authenticated role. The ETag is the lead's version: send it back as If-Match to "
                    + "change the lead.")
    ResponseEntity<LeadView> get(@PathVariable UUID id, Caller caller) {
        Lead lead = service.get(id, caller);
        return ResponseEntity.ok().eTag(ETags.of(lead.getVersion())).body(LeadView.of(lead));
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITERS)
    @ReturnsETag
    @Operation(
            operationId = "updateLead",
            summary = "Edit a lead (If-Match)",
            description = "Roles SALES, MANAGER, ADMIN; If-Match with the lead's ETag is required (428 without it, "
                    + "412 when stale). Replaces the editable data: an empty field is cleared. A caller with zones "
                    + "must keep the lead in one of them: an empty zone is a 400 even for a lead that had none, "
                    + "another zone must be held (403); a caller without zones may leave it empty. A changed origin "
                    + "or zone must be active. A customer's identity (person type, name, document, tax id) is "
                    + "read-only (409). A different assignee is a reassignment (managers only); null keeps it.")
    ResponseEntity<LeadView> update(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody LeadRequest request,
            Caller caller) {
        Lead lead = service.update(id, ifMatch, request, caller);
        return ResponseEntity.ok().eTag(ETags.of(lead.getVersion())).body(LeadView.of(lead));
    }

    @PutMapping("/{id}/status")
    @PreAuthorize(WRITERS)
    @ReturnsETag
    @Operation(
            operationId = "changeLeadStatus",
            summary = "Set the sales status (If-Match); DISCARDED needs a discardReason",
            description = "Roles SALES, MANAGER, ADMIN; If-Match with the lead's ETag is required. Statuses: NEW, "
                    + "CONTACTED, QUALIFIED, DISCARDED (with a discardReason). The stage (lead, prospect, customer) "
                    + "is not set here: prospects and contracts move it.")
    ResponseEntity<LeadView> changeStatus(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody StatusRequest request,
            Caller caller) {
        Lead lead = service.changeStatus(id, ifMatch, request, caller);
        return ResponseEntity.ok().eTag(ETags.of(lead.getVersion())).body(LeadView.of(lead));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(MANAGERS)
    @OptionalIfMatch
    @Operation(
            operationId = "deleteStaleLead",
            summary = "Delete a stale imported lead (managers)",
            description = "Roles MANAGER, ADMIN; If-Match is checked when sent. Only an imported lead nobody was "
                    + "assigned to, still at stage LEAD, imported at least ispflow.lead.stale-after-days ago (60 by "
                    + "default); otherwise 409. Discard the others.")
    @ApiResponse(responseCode = "204", description = "The lead was deleted")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        service.deleteStale(id, ifMatch, caller);
        return ResponseEntity.noContent().build();
    }
}
