package io.ispflow.contract.customer;

import io.ispflow.contract.common.AccessRules;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.PageResponse;
import io.ispflow.platform.web.SortParameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
            summary = "List customers, a page at a time",
            description = "q searches the name, document and customer number; newest first unless sort says"
                    + " otherwise (number, name, createdAt).")
    PageResponse<CustomerView> list(
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) String zone,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            @RequestParam(required = false) List<String> sort,
            @Parameter(hidden = true) Caller caller) {
        Sort order = SortParameter.parse(sort, SORTABLE, Sort.by(Sort.Direction.DESC, "createdAt"));
        return PageResponse.of(
                customers.list(q, zone, caller, PageRequest.of(page, size, order)),
                customer -> CustomerView.of(customer, null));
    }

    @GetMapping("/{id}")
    @PreAuthorize(AccessRules.READ)
    @Operation(summary = "A customer with the contracts the caller can see; the ETag is its version")
    ResponseEntity<CustomerView> get(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
        Customer customer = customers.get(id, caller);
        return ResponseEntity.ok()
                .eTag(ETags.of(customer.getVersion()))
                .body(CustomerView.of(customer, contracts.of(id, caller)));
    }
}
