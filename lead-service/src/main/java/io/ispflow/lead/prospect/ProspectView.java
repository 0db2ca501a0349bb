package io.ispflow.lead.prospect;

import io.ispflow.lead.common.Text;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A prospect as the API shows it (the sales desk relies on exactly these fields). */
public record ProspectView(
        UUID id,
        UUID leadId,
        Offer offer,
        Location location,
        ProspectStatus status,
        String cancelReason,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        long version) {

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
