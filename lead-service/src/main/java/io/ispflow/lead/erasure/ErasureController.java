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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Erasure", description = "The right to erasure: a lead's personal data anonymised everywhere")
class ErasureController {

    private final ErasureService erasure;

    ErasureController(ErasureService erasure) {
        this.erasure = erasure;
    }

    @PostMapping("/api/leads/{id}/erasure")
    @PreAuthorize("hasRole('ADMIN')")
    @ReturnsETag
    @Operation(
            operationId = "eraseLead",
            summary = "Erase the lead's personal data (ADMIN; right to erasure)",
            description = "Role ADMIN only. Anonymises the lead, its prospects' addresses and positions, its "
                    + "timeline's free text and its history's values, and publishes lead.erased.v1 so every other "
                    + "service does the same. The lead keeps its id, zone, stage and dates and can no longer change "
                    + "(409).")
    ResponseEntity<LeadView> erase(@PathVariable UUID id, Caller caller) {
        Lead lead = erasure.erase(id, caller);
        return ResponseEntity.ok().eTag(ETags.of(lead.getVersion())).body(LeadView.of(lead));
    }
}
