package io.ispflow.lead.erasure;

import io.ispflow.lead.history.HistoryEntry;
import io.ispflow.lead.lead.LeadView;
import io.ispflow.lead.prospect.ProspectView;
import io.ispflow.lead.timeline.TimelineEntryView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The right of access: everything the platform holds about a lead, gathered from every service that
 * keeps personal data, as one document.
 */
public record PersonalDataExport(
        @Schema(example = "3f2b8c1e-6a4d-4e0b-9c57-1d2e3f4a5b6c") UUID leadId,
        @Schema(description = "when the document was put together", example = "2026-12-02T14:05:00Z")
                OffsetDateTime generatedAt,
        @Schema(description = "the administrator who asked", example = "admin") String generatedBy,
        @Schema(description = "what each service holds, the lead service first") List<ServiceData> services) {

    /** One service's part: its name and what it holds. */
    public record ServiceData(
            @Schema(example = "lead-service") String service,
            @Schema(
                            description = "what the service holds about the lead; the lead service's part is a "
                                    + "LeadData, every other service describes its own in its API "
                                    + "(GET /api/tickets/personal-data/{leadId}, /api/orders/..., /api/contracts/...)",
                            type = "object")
                    Object data) {}

    /** The lead service's part. */
    public record LeadData(
            LeadView lead,
            List<ProspectView> prospects,
            List<TimelineEntryView> timeline,
            List<HistoryEntry> history,
            @Schema(description = "the erasure record, when the lead was erased") ErasureView erasure) {}
}
