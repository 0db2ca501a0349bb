package io.ispflow.order.privacy;

import io.ispflow.order.web.AccessRules;
import io.ispflow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The right of access: everything the order service holds about a lead, as one document. */
@RestController
@RequestMapping("/api/orders/personal-data")
@Tag(
        name = "Personal data",
        description = "The rights of a person over their data on the order side: everything the service holds"
                + " about a lead, as one document (right of access). The erasure itself arrives as the lead"
                + " service's lead.erased.v1 and is confirmed with order.personal-data-erased.v1.")
class PersonalDataController {

    private final PersonalDataAccess access;

    PersonalDataController(PersonalDataAccess access) {
        this.access = access;
    }

    @GetMapping("/{leadId}")
    @PreAuthorize(AccessRules.PERSONAL_DATA)
    @Operation(
            operationId = "exportOrderPersonalData",
            summary = "Export everything the order service holds about a lead",
            description = "Role ADMIN only (any other role gets a 403). One JSON document with the lead's orders"
                    + " (feasibility and installation: contact, place, notes, offer, schedule and technician,"
                    + " field work, outcome and equipment), the events still kept about them, the metadata of"
                    + " their photos (ids, names, sizes and types, not the bytes) and the stored answers to"
                    + " Idempotency-Key requests on them. Only the orders of the caller's zones (and those without"
                    + " a zone) are included. A lead the service knows nothing of gets 200 with empty lists; after"
                    + " an erasure the document shows what remains (name `erased`, no contact, place or notes, no"
                    + " photos) and `erasedAt`.")
    PersonalDataExport export(
            @Parameter(description = "The lead's id", example = "c9bf9e57-1685-4c89-bafb-ff5af830be8a") @PathVariable
                    UUID leadId,
            Caller caller) {
        return access.export(leadId, caller);
    }
}
