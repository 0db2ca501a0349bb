package io.ispflow.contracts.lead;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import java.time.OffsetDateTime;

/**
 * A prospect was created for a lead: a concrete offer (plan, recurring items, discounts) at a place.
 * Keyed by the lead id, so a lead's events and its prospects' events stay in one order.
 *
 * @param status {@code ACTIVE}
 */
@EventType(value = ProspectCreated.TYPE, topic = Topics.LEAD)
public record ProspectCreated(
        String prospectId,
        String leadId,
        Offer offer,
        Location location,
        String status,
        String createdBy,
        OffsetDateTime createdAt,
        long version)
        implements IntegrationEvent {

    public static final String TYPE = "prospect.created.v1";

    @Override
    public String aggregateId() {
        return leadId;
    }
}
