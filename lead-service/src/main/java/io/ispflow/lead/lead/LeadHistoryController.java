package io.ispflow.lead.lead;

import io.ispflow.lead.history.HistoryEntry;
import io.ispflow.lead.history.LeadHistory;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Lead history", description = "Who changed what and when in a lead, field by field")
class LeadHistoryController {

    private final LeadService leads;
    private final LeadHistory history;

    LeadHistoryController(LeadService leads, LeadHistory history) {
        this.leads = leads;
        this.history = history;
    }

    @GetMapping("/api/leads/{id}/history")
    @Transactional(readOnly = true)
    @Operation(
            operationId = "listLeadHistory",
            summary = "Every change of the lead, newest first",
            description = "Any authenticated role that can see the lead (404 otherwise). Who, when, what "
                    + "(CREATED, UPDATED, STATUS_CHANGED, REASSIGNED, STAGE_CHANGED, PROSPECT_*, ERASED) and each "
                    + "field's before and after. STAGE_CHANGED entries show the lead's evolution: lead, prospect, "
                    + "customer.")
    PageResponse<HistoryEntry> history(
            @PathVariable UUID id,
            @Parameter(description = "the page, from 0", example = "0") @RequestParam(defaultValue = "0") @Min(0)
                    int page,
            @Parameter(description = "entries per page (1 to 200)", example = "50")
                    @RequestParam(defaultValue = "50")
                    @Min(1)
                    @Max(200)
                    int size,
            Caller caller) {
        leads.requireVisible(id, caller);
        return history.page(id, page, size);
    }
}
