package io.ispflow.lead.prospect;

import io.ispflow.lead.common.Text;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A prospect as the API shows it (the sales desk relies on exactly these fields). */
public record ProspectView(
        @Schema(description = "the prospect's id", example = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d") UUID id,
        @Schema(description = "its lead", example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c") UUID leadId,
        @Schema(description = "what is offered") Offer offer,
        @Schema(description = "where") Location location,
        @Schema(example = "ACTIVE") ProspectStatus status,
        @Schema(description = "why it was cancelled; null while ACTIVE") String cancelReason,
        @Schema(example = "2026-11-30T14:05:00Z") OffsetDateTime createdAt,
        @Schema(example = "ana") String createdBy,
        @Schema(example = "2026-12-01T09:30:00Z") OffsetDateTime updatedAt,
        @Schema(description = "the version, also sent as the ETag", example = "1") long version) {

    public static ProspectView of(Prospect prospect) {
        return new ProspectView(
                prospect.getId(),
                prospect.getLeadId(),
                prospect.offer(),
                prospect.location(),
                prospect.getStatus(),
                prospect.getCancelReason(),
                Text.utc(prospect.getCreatedAt()),
                prospect.getCreatedBy(),
                Text.utc(prospect.getUpdatedAt()),
                prospect.getVersion());
    }
}
