package io.ispflow.lead.lead;

import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
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
@Tag(name = "Leads", description = "Potential customers, filtered by the caller's zones")
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
            summary = "The grid: a page of the leads the caller can see, with the total",
            description = "Filters: q (words in name, document, e-mail, phone or mobile), origin, zone, status, "
                    + "stage (several values: repeated or comma-separated), assignee or unassigned=true, channel, "
                    + "campaign, createdFrom, createdTo (ISO date or date-time). sort=createdAt|updatedAt|name|"
                    + "status|stage|zone|origin|assignee[,asc|desc], newest first by default.")
    PageResponse<LeadView> list(
            @ModelAttribute LeadFilter filter,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            Caller caller) {
        return search.search(filter, LeadSort.parse(sort), page, size, caller);
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    @Operation(
            summary = "Register a lead (Idempotency-Key honoured)",
            description = "Origin and zone must be active catalog codes; the caller must hold the zone. A document "
                    + "that already exists is a 409 naming the candidates; force=true registers it anyway.")
    ResponseEntity<LeadView> create(
            @Valid @RequestBody LeadRequest request,
            @Parameter(description = "register even if the document already exists")
                    @RequestParam(defaultValue = "false")
                    boolean force,
            Caller caller) {
        Lead lead = service.create(request, caller, force);
        return ResponseEntity.created(URI.create("/api/leads/" + lead.getId()))
                .eTag(ETags.of(lead.getVersion()))
                .body(LeadView.of(lead));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One lead; 404 when unknown or outside the caller's zones")
    ResponseEntity<LeadView> get(@PathVariable UUID id, Caller caller) {
        Lead lead = service.get(id, caller);
        return ResponseEntity.ok().eTag(ETags.of(lead.getVersion())).body(LeadView.of(lead));
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITERS)
    @Operation(
            summary = "Edit a lead (If-Match)",
            description = "Replaces the editable data. A customer's identity (person type, name, document, tax id) "
                    + "is read-only (409). A different assignee is a reassignment (managers only); null keeps it.")
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
    @Operation(summary = "Set the sales status (If-Match); DISCARDED needs a discardReason")
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
    @Operation(
            summary = "Delete a stale imported lead (managers)",
            description = "Only an imported lead nobody was assigned to, still at stage LEAD, imported at least "
                    + "ispflow.lead.stale-after-days ago (60 by default); otherwise 409. Discard the others.")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        service.deleteStale(id, ifMatch, caller);
        return ResponseEntity.noContent().build();
    }
}
