package io.ispflow.contract.customer;

import io.ispflow.contract.common.AccessRules;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.PageResponse;
import io.ispflow.platform.web.ReturnsETag;
import io.ispflow.platform.web.SortParameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Customers, read-only: they are made with their first contract. Zone-filtered like everything. */
@RestController
@RequestMapping("/api/customers")
@Tag(
        name = "Customers",
        description = "The customers, read-only: each is made with the first contract of its lead. Zone-filtered.")
class CustomerController {

    private static final Set<String> SORTABLE = Set.of("number", "name", "createdAt");

    private final CustomerService customers;
    private final CustomerContracts contracts;

    CustomerController(CustomerService customers, CustomerContracts contracts) {
        this.customers = customers;
        this.contracts = contracts;
    }

    @GetMapping
    @PreAuthorize(AccessRules.READ)
    @Operation(
            operationId = "listCustomers",
            summary = "List customers, a page at a time",
            description = "Roles: ADMIN, MANAGER, SALES, PLANNER, TECHNICIAN, BACKOFFICE. Only the customers of the"
                    + " caller's zones (and those without a zone). q searches the name, document and customer number;"
                    + " newest first unless sort says otherwise (number, name, createdAt; any other property is a"
                    + " 400). The contracts are left out of the list.")
    PageResponse<CustomerView> list(
            @Parameter(
                            description = "Part of the name, the document number or the customer number",
                            example = "González")
                    @RequestParam(required = false)
                    @Size(max = 100)
                    String q,
            @Parameter(description = "Only customers of this zone (code)", example = "NORTE")
                    @RequestParam(required = false)
                    String zone,
            @Parameter(description = "Page number, from 0", example = "0") @RequestParam(defaultValue = "0") @Min(0)
                    int page,
            @Parameter(description = "Page size, 1 to 200", example = "20")
                    @RequestParam(defaultValue = "20")
                    @Min(1)
                    @Max(200)
                    int size,
            @Parameter(
                            description = "Sort properties, each optionally followed by asc or desc (`sort=name,asc`):"
                                    + " number, name, createdAt")
                    @RequestParam(required = false)
                    List<String> sort,
            @Parameter(hidden = true) Caller caller) {
        Sort order = SortParameter.parse(sort, SORTABLE, Sort.by(Sort.Direction.DESC, "createdAt"));
        return PageResponse.of(
                customers.list(q, zone, caller, PageRequest.of(page, size, order)),
                customer -> CustomerView.of(customer, null));
    }

    @GetMapping("/{id}")
    @PreAuthorize(AccessRules.READ)
    @ReturnsETag
    @Operation(
            operationId = "getCustomer",
            summary = "Get a customer with the contracts the caller can see; its ETag is its version",
            description = "Roles: ADMIN, MANAGER, SALES, PLANNER, TECHNICIAN, BACKOFFICE. A customer outside the"
                    + " caller's zones is a 404 like an unknown id; of their contracts, only those in the caller's"
                    + " zones are listed.")
    ResponseEntity<CustomerView> get(
            @Parameter(description = "The customer's id", example = "16fd2706-8baf-433b-82eb-8c7fada847da")
                    @PathVariable
                    UUID id,
            @Parameter(hidden = true) Caller caller) {
        Customer customer = customers.get(id, caller);
        return ResponseEntity.ok()
                .eTag(ETags.of(customer.getVersion()))
                .body(CustomerView.of(customer, contracts.of(id, caller)));
    }
}
