package io.ispflow.contract.contract;

import io.ispflow.contract.common.AccessRules;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.PageResponse;
import io.ispflow.platform.web.SortParameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contracts: the list and detail (zone-filtered, every role), and for back office the prefilled form,
 * creation from an installation order and the lifecycle (suspension, reactivation, termination, each
 * with a reason and If-Match).
 */
@RestController
@RequestMapping("/api/contracts")
class ContractController {

    private static final Set<String> SORTABLE = Set.of("createdAt", "number", "status", "activatedAt", "updatedAt");

    private final ContractService contracts;

    ContractController(ContractService contracts) {
        this.contracts = contracts;
    }

    @GetMapping
    @PreAuthorize(AccessRules.READ)
    @Operation(
            summary = "List contracts, a page at a time",
            description = "Filters: status (repeatable), zone, customerId, orderId, leadId, node and installation"
                    + " (PENDING, SUCCESS, FAILED: the installation order's outcome). Newest first unless sort"
                    + " says otherwise (createdAt, number, status, activatedAt, updatedAt).")
    PageResponse<ContractView> list(
            @RequestParam(required = false) Set<ContractStatus> status,
            @RequestParam(required = false) String zone,
            @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) String orderId,
            @RequestParam(required = false) String leadId,
            @RequestParam(required = false) String node,
            @RequestParam(required = false) @Pattern(regexp = "PENDING|SUCCESS|FAILED") String installation,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            @RequestParam(required = false) List<String> sort,
            @Parameter(hidden = true) Caller caller) {
        ContractFilter filter = new ContractFilter(status, zone, customerId, orderId, leadId, node, installation);
        Sort order = SortParameter.parse(sort, SORTABLE, Sort.by(Sort.Direction.DESC, "createdAt"));
        return PageResponse.of(
                contracts.list(filter, caller, PageRequest.of(page, size, order)),
                contract -> ContractView.of(contract, false));
    }

    @GetMapping("/prefill")
    @PreAuthorize(AccessRules.WRITE)
    @Operation(
            summary = "The creation form of an installation order, prefilled (BACKOFFICE, ADMIN)",
            description = "Customer, offer, prices as they would be frozen now, address, zone and the zone's nodes."
                    + " 404 when the order is unknown (or not copied yet) or outside the caller's zones; 409 when"
                    + " it already has a contract or was cancelled.")
    PrefillView prefill(
            @RequestParam @NotBlank @Size(max = 100) String orderId, @Parameter(hidden = true) Caller caller) {
        return contracts.prefill(orderId.trim(), caller);
    }

    @PostMapping
    @PreAuthorize(AccessRules.WRITE)
    @Operation(
            summary = "Create the contract of an installation order (BACKOFFICE, ADMIN; Idempotency-Key honoured)",
            description = "Everything but the technical part comes from the order and the catalog. 409 contract-exists,"
                    + " order-cancelled, ip-in-use (the address is taken on the node), catalog-not-synced. A contract"
                    + " whose installation already succeeded is ACTIVE at once.")
    ResponseEntity<ContractView> create(
            @Valid @RequestBody ContractRequests.CreateContract request, @Parameter(hidden = true) Caller caller) {
        Contract contract = contracts.create(request, caller);
        return ResponseEntity.created(URI.create("/api/contracts/" + contract.getId()))
                .eTag(ETags.of(contract.getVersion()))
                .body(ContractView.of(contract, true));
    }

    @GetMapping("/{id}")
    @PreAuthorize(AccessRules.READ)
    @Operation(summary = "A contract with its history; the ETag is its version")
    ResponseEntity<ContractView> get(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
        return withETag(contracts.get(id, caller));
    }

    @PostMapping("/{id}/suspension")
    @PreAuthorize(AccessRules.WRITE)
    @Operation(summary = "Suspend an ACTIVE or REACTIVATED contract (BACKOFFICE, ADMIN; If-Match, reason)")
    ResponseEntity<ContractView> suspend(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ContractRequests.Reason request,
            @Parameter(hidden = true) Caller caller) {
        return withETag(contracts.suspend(id, ifMatch, request.reason(), caller));
    }

    @PostMapping("/{id}/reactivation")
    @PreAuthorize(AccessRules.WRITE)
    @Operation(summary = "Reactivate a SUSPENDED contract (BACKOFFICE, ADMIN; If-Match, reason)")
    ResponseEntity<ContractView> reactivate(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ContractRequests.Reason request,
            @Parameter(hidden = true) Caller caller) {
        return withETag(contracts.reactivate(id, ifMatch, request.reason(), caller));
    }

    @PostMapping("/{id}/termination")
    @PreAuthorize(AccessRules.WRITE)
    @Operation(
            summary = "Terminate a contract (BACKOFFICE, ADMIN; If-Match, reason)",
            description = "From any status but TERMINATED; its IP address is free again on its node.")
    ResponseEntity<ContractView> terminate(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ContractRequests.Reason request,
            @Parameter(hidden = true) Caller caller) {
        return withETag(contracts.terminate(id, ifMatch, request.reason(), caller));
    }

    private static ResponseEntity<ContractView> withETag(ContractView view) {
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }
}
