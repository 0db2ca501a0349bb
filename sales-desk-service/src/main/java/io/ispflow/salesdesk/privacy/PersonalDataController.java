package io.ispflow.salesdesk.privacy;

import io.ispflow.platform.security.Caller;
import io.ispflow.salesdesk.examples.ContractExamples;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The right of access to what the sales desk holds about a person. (The right to erasure comes as
 * {@code lead.erased.v1}, see {@link PersonalDataErasure}.)
 */
@RestController
@Tag(
        name = "Personal data",
        description = "The rights of a person over their data at the sales desk: everything it holds about a lead,"
                + " as one document (right of access, ADMIN). The erasure itself arrives as the lead service's"
                + " lead.erased.v1 and is confirmed with ticket.personal-data-erased.v1.")
class PersonalDataController {

    private final PersonalDataExport export;

    PersonalDataController(PersonalDataExport export) {
        this.export = export;
    }

    @GetMapping("/api/tickets/personal-data/{leadId}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            operationId = "exportTicketPersonalData",
            summary = "Export everything the sales desk holds about a lead (ADMIN; right of access)",
            description = "Roles: ADMIN only (403 for every other role); only the tickets of the caller's zones (every"
                    + " zone for a caller without zones). One document: the lead's tickets with their contact,"
                    + " offer and place snapshots, tags, order requests and comments, their moves and events still"
                    + " kept in the outbox, and the stored answers of the requests about them (without their"
                    + " bodies). A lead the sales desk never had answers 200 with empty lists; after the lead's"
                    + " erasure (lead.erased.v1) it shows what is left.")
    TicketPersonalData export(
            @Parameter(description = "The lead's id", example = ContractExamples.LEAD_ID) @PathVariable UUID leadId,
            Caller caller) {
        return export.export(leadId, caller);
    }
}
