package io.ispflow.lead.erasure;

import io.ispflow.lead.lead.Lead;
import io.ispflow.lead.lead.LeadView;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.ReturnsETag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Erasure", description = "The right to erasure: a lead's personal data anonymised everywhere")
class ErasureController {

    private final ErasureService erasure;
    private final PersonalDataService personalData;

    ErasureController(ErasureService erasure, PersonalDataService personalData) {
        this.erasure = erasure;
        this.personalData = personalData;
    }

    @PostMapping("/api/leads/{id}/erasure")
    @PreAuthorize("hasRole('ADMIN')")
    @ReturnsETag
    @Operation(
            operationId = "eraseLead",
            summary = "Erase the lead's personal data (ADMIN; right to erasure)",
            description = "Role ADMIN only. Refused (409 contracts-in-force, naming them) while the person has a "
                    + "contract ACTIVE, SUSPENDED or REACTIVATED: the law requires keeping a customer's identity with "
                    + "their contracts and invoices (ADR 0017). Otherwise destroys the person's key, so no copy of "
                    + "their personal data on any topic can be read any more; anonymises the lead, its prospects' "
                    + "addresses and positions, its timeline's free text and its history's values; and publishes "
                    + "lead.erased.v1, on which every other service anonymises its copies and confirms (see GET "
                    + ".../erasure). The lead keeps its id, zone, stage and dates and can no longer change (409). "
                    + "Asking again for an erased lead asks every service again. 503 when the contract service "
                    + "cannot be asked.")
    ResponseEntity<LeadView> erase(@PathVariable UUID id, Caller caller) {
        Lead lead = erasure.erase(id, caller);
        return ResponseEntity.ok().eTag(ETags.of(lead.getVersion())).body(LeadView.of(lead));
    }

    @GetMapping("/api/leads/{id}/erasure")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            operationId = "getLeadErasure",
            summary = "The progress of the lead's erasure (ADMIN)",
            description = "Role ADMIN only. Who asked and when, when the person's key was destroyed, and each service "
                    + "that keeps personal data with whether and when it confirmed that its copies are gone; "
                    + "complete once all have. 404 when the lead was never erased.")
    ErasureView progress(@PathVariable UUID id, Caller caller) {
        return erasure.progressOf(id, caller);
    }

    @GetMapping("/api/leads/{id}/personal-data")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            operationId = "exportLeadPersonalData",
            summary = "Everything the platform holds about the lead (ADMIN; right of access)",
            description = "Role ADMIN only. One JSON document with the lead service's part (the lead, its prospects, "
                    + "timeline, history and erasure record) and the part of every other service that keeps personal "
                    + "data (tickets; orders and their photos' metadata; customers, contracts and installation "
                    + "copies). 503, naming the service, when one of them cannot answer: an export missing a part "
                    + "would be untrue.")
    PersonalDataExport personalData(@PathVariable UUID id, Caller caller) {
        return personalData.of(id, caller);
    }
}
