package io.ispflow.contract.privacy;

import io.ispflow.contract.common.AccessRules;
import io.ispflow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The right of access: what the contract service holds about a lead, for an administrator. */
@RestController
@Tag(
        name = "Personal data",
        description = "The right of access (ADMIN): everything the contract service holds about a lead, as one"
                + " document. The right to erasure arrives as lead.erased.v1.")
class PersonalDataController {

    private final PersonalDataExporter exporter;

    PersonalDataController(PersonalDataExporter exporter) {
        this.exporter = exporter;
    }

    @GetMapping("/api/contracts/personal-data/{leadId}")
    @PreAuthorize(AccessRules.ADMIN)
    @Operation(
            operationId = "exportContractPersonalData",
            summary = "Export everything the contract service holds about a lead",
            description = "Role: ADMIN only (403 for every other role). The lead's customer, its contracts with their"
                    + " status (ACTIVE, SUSPENDED and REACTIVATED are in force: the customer's identity must be kept,"
                    + " so the lead cannot be erased; ENABLED and TERMINATED are not), location, technical part, frozen"
                    + " prices and status history, and the service's copies of its installation orders. Empty lists"
                    + " when the service knows nothing of the lead (never a 404). After an erasure it shows what"
                    + " remains: names \"erased\", every other personal value null, erasedAt set. An administrator"
                    + " with zones gets only the records of those zones.")
    PersonalDataExport export(
            @Parameter(description = "The lead's id", example = "c9bf9e57-1685-4c89-bafb-ff5af830be8a") @PathVariable
                    UUID leadId,
            @Parameter(hidden = true) Caller caller) {
        return exporter.export(leadId.toString(), caller);
    }
}
