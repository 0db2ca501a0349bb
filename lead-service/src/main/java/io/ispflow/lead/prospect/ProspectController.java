package io.ispflow.lead.prospect;

import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
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
@Tag(name = "Prospects", description = "Concrete offers (plan, items, discounts) at a place, for a lead")
class ProspectController {

    private static final String WRITERS = "hasAnyRole('SALES', 'MANAGER', 'ADMIN')";

    record CancelRequest(@NotBlank @Size(max = 500) String reason) {}

    private final ProspectService service;

    ProspectController(ProspectService service) {
        this.service = service;
    }

    @PostMapping("/api/leads/{leadId}/prospects")
    @PreAuthorize(WRITERS)
    @Operation(
            summary = "Create a prospect for the lead (Idempotency-Key honoured)",
            description = "Plan, recurring items and discounts must be active catalog codes; the zone defaults to "
                    + "the lead's. The first prospect converts the lead to stage PROSPECT.")
    ResponseEntity<ProspectView> create(
            @PathVariable UUID leadId, @Valid @RequestBody ProspectRequest request, Caller caller) {
        Prospect prospect = service.create(leadId, request, caller);
        return ResponseEntity.created(URI.create("/api/prospects/" + prospect.getId()))
                .eTag(ETags.of(prospect.getVersion()))
                .body(ProspectView.of(prospect));
    }

    @GetMapping("/api/leads/{leadId}/prospects")
    @Operation(summary = "The lead's prospects in the caller's zones, oldest first")
    PageResponse<ProspectView> ofLead(
            @PathVariable UUID leadId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            Caller caller) {
        return service.ofLead(leadId, page, size, caller);
    }

    @GetMapping("/api/prospects/{id}")
    @Operation(summary = "One prospect; 404 when unknown or outside the caller's zones")
    ResponseEntity<ProspectView> get(@PathVariable UUID id, Caller caller) {
        Prospect prospect = service.get(id, caller);
        return ResponseEntity.ok().eTag(ETags.of(prospect.getVersion())).body(ProspectView.of(prospect));
    }

    @PutMapping("/api/prospects/{id}")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Edit an active prospect's offer and location (If-Match)")
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
    @Operation(summary = "Cancel a prospect with the reason (If-Match checked when sent)")
    ResponseEntity<ProspectView> cancel(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody CancelRequest request,
            Caller caller) {
        Prospect prospect = service.cancel(id, ifMatch, request.reason(), caller);
        return ResponseEntity.ok().eTag(ETags.of(prospect.getVersion())).body(ProspectView.of(prospect));
    }
}
