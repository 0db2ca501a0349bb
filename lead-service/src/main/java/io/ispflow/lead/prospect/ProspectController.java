package io.ispflow.lead.prospect;

import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.OptionalIfMatch;
import io.ispflow.platform.web.PageResponse;
import io.ispflow.platform.web.ReturnsETag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Prospects",
        description = "Concrete offers (plan, items, discounts) at a place, for a lead; the first one makes the lead "
                + "a prospect. Each prospect's zone decides who sees it.")
class ProspectController {

    private static final String WRITERS = "hasAnyRole('SALES', 'MANAGER', 'ADMIN')";

    record CancelRequest(
            @Schema(description = "why the offer is off", example = "Eligió otro proveedor") @NotBlank @Size(max = 500)
                    String reason) {}

    private final ProspectService service;

    ProspectController(ProspectService service) {
        this.service = service;
    }

    @PostMapping("/api/leads/{leadId}/prospects")
    @PreAuthorize(WRITERS)
    @ReturnsETag
    @Operation(
            operationId = "createProspect",
            summary = "Create a prospect for the lead (Idempotency-Key honoured)",
            description = "Roles SALES, MANAGER, ADMIN, on a lead they can see (404 otherwise) whose data was not "
                    + "erased (409). Plan, recurring items and discounts must be active catalog codes (all bad "
                    + "codes reported at once). The location's zone defaults to the lead's; a caller with zones must "
                    + "end up with one of them (400 when neither names a zone, 403 for a zone not held). The first "
                    + "prospect converts the lead to stage PROSPECT.")
    @ApiResponse(responseCode = "201", description = "The prospect was created; Location is its address")
    ResponseEntity<ProspectView> create(
            @PathVariable UUID leadId, @Valid @RequestBody ProspectRequest request, Caller caller) {
        Prospect prospect = service.create(leadId, request, caller);
        return ResponseEntity.created(URI.create("/api/prospects/" + prospect.getId()))
                .eTag(ETags.of(prospect.getVersion()))
                .body(ProspectView.of(prospect));
    }

    @GetMapping("/api/leads/{leadId}/prospects")
    @Operation(
            operationId = "listLeadProspects",
            summary = "The lead's prospects in the caller's zones, oldest first",
            description = "Any authenticated role that can see the lead (404 otherwise); prospects placed in zones "
                    + "the caller does not hold are left out.")
    PageResponse<ProspectView> ofLead(
            @PathVariable UUID leadId,
            @Parameter(description = "the page, from 0", example = "0") @RequestParam(defaultValue = "0") @Min(0)
                    int page,
            @Parameter(description = "prospects per page (1 to 200)", example = "20")
                    @RequestParam(defaultValue = "20")
                    @Min(1)
                    @Max(200)
                    int size,
            Caller caller) {
        return service.ofLead(leadId, page, size, caller);
    }

    @GetMapping("/api/prospects/{id}")
    @ReturnsETag
    @Operation(
            operationId = "getProspect",
            summary = "One prospect; 404 when unknown or outside the caller's zones",
            description = "Any authenticated role. The ETag is the prospect's version, for If-Match.")
    ResponseEntity<ProspectView> get(@PathVariable UUID id, Caller caller) {
        Prospect prospect = service.get(id, caller);
        return ResponseEntity.ok().eTag(ETags.of(prospect.getVersion())).body(ProspectView.of(prospect));
    }

    @PutMapping("/api/prospects/{id}")
    @PreAuthorize(WRITERS)
    @ReturnsETag
    @Operation(
            operationId = "updateProspect",
            summary = "Edit an active prospect's offer and location (If-Match)",
            description = "Roles SALES, MANAGER, ADMIN; If-Match with the prospect's ETag is required. Only an "
                    + "active prospect of a lead not erased (409). An empty location zone keeps the prospect's; a "
                    + "caller with zones must end up with one of them (400 for a prospect without a zone, 403 for "
                    + "a zone not held). A code the prospect already had may stay even if deactivated since; new "
                    + "ones must be active.")
    ResponseEntity<ProspectView> update(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ProspectRequest request,
            Caller caller) {
        Prospect prospect = service.update(id, ifMatch, request, caller);
        return ResponseEntity.ok().eTag(ETags.of(prospect.getVersion())).body(ProspectView.of(prospect));
    }

    @PostMapping("/api/prospects/{id}/cancel")
    @PreAuthorize(WRITERS)
    @ReturnsETag
    @OptionalIfMatch
    @Operation(
            operationId = "cancelProspect",
            summary = "Cancel a prospect with the reason (If-Match checked when sent)",
            description = "Roles SALES, MANAGER, ADMIN. Only an active prospect (409 otherwise); the lead keeps "
                    + "its stage.")
    ResponseEntity<ProspectView> cancel(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody CancelRequest request,
            Caller caller) {
        Prospect prospect = service.cancel(id, ifMatch, request.reason(), caller);
        return ResponseEntity.ok().eTag(ETags.of(prospect.getVersion())).body(ProspectView.of(prospect));
    }
}
