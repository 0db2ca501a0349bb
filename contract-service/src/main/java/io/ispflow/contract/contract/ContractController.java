package io.ispflow.contract.contract;

import io.ispflow.contract.common.AccessRules;
import io.ispflow.platform.openapi.ProblemResponse;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.PageResponse;
import io.ispflow.platform.web.ReturnsETag;
import io.ispflow.platform.web.SortParameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(
        name = "Contracts",
        description = "Contracts of installation orders: list and detail (zone-filtered, every role); for back office"
                + " the prefilled creation form, creation, and the lifecycle (suspension, reactivation, termination).")
class ContractController {

    private static final Set<String> SORTABLE = Set.of("createdAt", "number", "status", "activatedAt", "updatedAt");

    private final ContractService contracts;

    ContractController(ContractService contracts) {
        this.contracts = contracts;
    }

    @GetMapping
    @PreAuthorize(AccessRules.READ)
    @Operation(
            operationId = "listContracts",
            summary = "List contracts, a page at a time",
            description = "Roles: ADMIN, MANAGER, SALES, PLANNER, TECHNICIAN, BACKOFFICE. Only the contracts of the"
                    + " caller's zones (and those without a zone). Filters: status (repeatable), zone, customerId,"
                    + " orderId, leadId, node and installation (PENDING, SUCCESS, FAILED: the installation order's"
                    + " outcome). Newest first unless sort says otherwise (createdAt, number, status, activatedAt,"
                    + " updatedAt; any other property is a 400). The history is left out of the list.")
    PageResponse<ContractView> list(
            @Parameter(description = "Only contracts in these statuses (repeatable: `status=ACTIVE&status=SUSPENDED`)")
                    @RequestParam(required = false)
                    Set<ContractStatus> status,
            @Parameter(description = "Only contracts of this zone (code)", example = "NORTE")
                    @RequestParam(required = false)
                    String zone,
            @Parameter(
                            description = "Only contracts of this customer",
                            example = "16fd2706-8baf-433b-82eb-8c7fada847da")
                    @RequestParam(required = false)
                    UUID customerId,
            @Parameter(
                            description = "Only the contract of this installation order",
                            example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c")
                    @RequestParam(required = false)
                    String orderId,
            @Parameter(description = "Only contracts of this lead", example = "c9bf9e57-1685-4c89-bafb-ff5af830be8a")
                    @RequestParam(required = false)
                    String leadId,
            @Parameter(description = "Only contracts on this network node (catalog code)", example = "OLT-NORTE-1")
                    @RequestParam(required = false)
                    String node,
            @Parameter(
                            description = "The installation order's outcome: PENDING (not closed yet), SUCCESS or"
                                    + " FAILED",
                            example = "PENDING",
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"PENDING", "SUCCESS", "FAILED"}))
                    @RequestParam(required = false)
                    @Pattern(regexp = "PENDING|SUCCESS|FAILED")
                    String installation,
            @Parameter(description = "Page number, from 0", example = "0") @RequestParam(defaultValue = "0") @Min(0)
                    int page,
            @Parameter(description = "Page size, 1 to 200", example = "20")
                    @RequestParam(defaultValue = "20")
                    @Min(1)
                    @Max(200)
                    int size,
            @Parameter(
                            description = "Sort properties, each optionally followed by asc or desc"
                                    + " (`sort=activatedAt,desc`): createdAt, number, status, activatedAt, updatedAt")
                    @RequestParam(required = false)
                    List<String> sort,
            @Parameter(hidden = true) Caller caller) {
        ContractFilter filter = new ContractFilter(status, zone, customerId, orderId, leadId, node, installation);
        Sort order = SortParameter.parse(sort, SORTABLE, Sort.by(Sort.Direction.DESC, "createdAt"));
        return PageResponse.of(
                contracts.list(filter, caller, PageRequest.of(page, size, order)),
                contract -> ContractView.of(contract, false));
    }

    @GetMapping("/prefill")
    @PreAuthorize(AccessRules.WRITE)
    @ProblemResponse(status = 404, description = "Unknown installation order, or outside the caller's zones")
    @ProblemResponse(
            status = 409,
            description = "The order already has a contract, was cancelled, or its customer's personal data was erased")
    @Operation(
            operationId = "getContractPrefill",
            summary = "Get the creation form of an installation order, prefilled",
            description = "Roles: BACKOFFICE, ADMIN. Customer, offer, prices as they would be frozen now, address,"
                    + " zone and the zone's active nodes; `warnings` says what stands in the way of creating the"
                    + " contract now. 404 when the order is unknown (or not copied yet: retry shortly) or outside the"
                    + " caller's zones; 409 contract-exists when it already has a contract, 409 order-cancelled when"
                    + " it was cancelled, 409 customer-erased when the lead's personal data was erased.")
    PrefillView prefill(
            @Parameter(
                            description = "The installation order's id",
                            example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c",
                            required = true)
                    @RequestParam
                    @NotBlank
                    @Size(max = 100)
                    String orderId,
            @Parameter(hidden = true) Caller caller) {
        return contracts.prefill(orderId.trim(), caller);
    }

    @PostMapping
    @PreAuthorize(AccessRules.WRITE)
    @ReturnsETag
    @ProblemResponse(status = 404, description = "Unknown installation order, or outside the caller's zones")
    @Operation(
            operationId = "createContract",
            summary = "Create the contract of an installation order",
            description = "Roles: BACKOFFICE, ADMIN; Idempotency-Key honoured. Everything but the technical part"
                    + " comes from the order and the catalog; the lead's customer is created with its first"
                    + " contract. The caller must hold the order's zone (404 when they cannot see it, 403 when"
                    + " they see it but do not hold it). The technical part is checked against the catalog and the"
                    + " connection mode (400 naming technical.node, technical.ipAddress, technical.pppoeUser,"
                    + " technical.cpe.mac). 409 contract-exists (one order, one contract), order-cancelled, customer-erased"
                    + " (the lead's personal data was erased: its contracts never become active), ip-in-use"
                    + " (the address is taken on the node by a live contract), catalog-not-synced. A contract whose"
                    + " installation already succeeded is ACTIVE at once, otherwise ENABLED.")
    @ApiResponse(responseCode = "201", description = "The contract was created; Location is its address")
    ResponseEntity<ContractView> create(
            @Valid @RequestBody ContractRequests.CreateContract request, @Parameter(hidden = true) Caller caller) {
        Contract contract = contracts.create(request, caller);
        return ResponseEntity.created(URI.create("/api/contracts/" + contract.getId()))
                .eTag(ETags.of(contract.getVersion()))
                .body(ContractView.of(contract, true));
    }

    @GetMapping("/{id}")
    @PreAuthorize(AccessRules.READ)
    @ReturnsETag
    @Operation(
            operationId = "getContract",
            summary = "Get a contract with its history; its ETag is its version",
            description = "Roles: ADMIN, MANAGER, SALES, PLANNER, TECHNICIAN, BACKOFFICE. A contract outside the"
                    + " caller's zones is a 404 like an unknown id. The ETag is the If-Match of its lifecycle"
                    + " changes.")
    ResponseEntity<ContractView> get(
            @Parameter(description = "The contract's id", example = "a3bb189e-8bf9-4888-9912-ace4e6543002")
                    @PathVariable
                    UUID id,
            @Parameter(hidden = true) Caller caller) {
        return withETag(contracts.get(id, caller));
    }

    @PostMapping("/{id}/suspension")
    @PreAuthorize(AccessRules.WRITE)
    @ReturnsETag
    @Operation(
            operationId = "suspendContract",
            summary = "Suspend a running contract, with a reason",
            description =
                    "Roles: BACKOFFICE, ADMIN. Only an ACTIVE or REACTIVATED contract can be suspended (otherwise 409"
                            + " illegal-transition). If-Match is required: without it 428, stale 412. A contract outside the"
                            + " caller's zones is a 404 (403 when they see it but do not hold its zone). Publishes the"
                            + " suspension event.")
    ResponseEntity<ContractView> suspend(
            @Parameter(description = "The contract's id", example = "a3bb189e-8bf9-4888-9912-ace4e6543002")
                    @PathVariable
                    UUID id,
            @Parameter(
                            description = "The contract's ETag as last read (its version). Required: 428 without it,"
                                    + " 412 when stale.",
                            example = "\"2\"")
                    @RequestHeader(name = "If-Match", required = false)
                    String ifMatch,
            @Valid @RequestBody ContractRequests.Reason request,
            @Parameter(hidden = true) Caller caller) {
        return withETag(contracts.suspend(id, ifMatch, request.reason(), caller));
    }

    @PostMapping("/{id}/reactivation")
    @PreAuthorize(AccessRules.WRITE)
    @ReturnsETag
    @Operation(
            operationId = "reactivateContract",
            summary = "Reactivate a suspended contract, with a reason",
            description = "Roles: BACKOFFICE, ADMIN. Only a SUSPENDED contract can be reactivated (otherwise 409"
                    + " illegal-transition); it becomes REACTIVATED. If-Match is required: without it 428, stale 412."
                    + " A contract outside the caller's zones is a 404 (403 when they see it but do not hold its"
                    + " zone). Publishes the reactivation event.")
    ResponseEntity<ContractView> reactivate(
            @Parameter(description = "The contract's id", example = "a3bb189e-8bf9-4888-9912-ace4e6543002")
                    @PathVariable
                    UUID id,
            @Parameter(
                            description = "The contract's ETag as last read (its version). Required: 428 without it,"
                                    + " 412 when stale.",
                            example = "\"2\"")
                    @RequestHeader(name = "If-Match", required = false)
                    String ifMatch,
            @Valid @RequestBody ContractRequests.Reason request,
            @Parameter(hidden = true) Caller caller) {
        return withETag(contracts.reactivate(id, ifMatch, request.reason(), caller));
    }

    @PostMapping("/{id}/termination")
    @PreAuthorize(AccessRules.WRITE)
    @ReturnsETag
    @Operation(
            operationId = "terminateContract",
            summary = "Terminate a contract, with a reason",
            description = "Roles: BACKOFFICE, ADMIN. From any status but TERMINATED (otherwise 409"
                    + " illegal-transition); its IP address is free again on its node. If-Match is required: without"
                    + " it 428, stale 412. A contract outside the caller's zones is a 404 (403 when they see it but"
                    + " do not hold its zone). Publishes the termination event.")
    ResponseEntity<ContractView> terminate(
            @Parameter(description = "The contract's id", example = "a3bb189e-8bf9-4888-9912-ace4e6543002")
                    @PathVariable
                    UUID id,
            @Parameter(
                            description = "The contract's ETag as last read (its version). Required: 428 without it,"
                                    + " 412 when stale.",
                            example = "\"2\"")
                    @RequestHeader(name = "If-Match", required = false)
                    String ifMatch,
            @Valid @RequestBody ContractRequests.Reason request,
            @Parameter(hidden = true) Caller caller) {
        return withETag(contracts.terminate(id, ifMatch, request.reason(), caller));
    }

    private static ResponseEntity<ContractView> withETag(ContractView view) {
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }
}
