package io.ispflow.contracts.lead;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import java.time.OffsetDateTime;

/** A prospect was cancelled (the offer will not be pursued), with the reason. Keyed by the lead id. */
@EventType(value = ProspectCancelled.TYPE, topic = Topics.LEAD)
public record ProspectCancelled(
        String prospectId,
        String leadId,
        Offer offer,
        Location location,
        String reason,
        String cancelledBy,
        OffsetDateTime cancelledAt,
        long version)
        implements IntegrationEvent {

    public static final String TYPE = "prospect.cancelled.v1";

    @Override
    public String aggregateId() {
        return leadId;
    }
}
