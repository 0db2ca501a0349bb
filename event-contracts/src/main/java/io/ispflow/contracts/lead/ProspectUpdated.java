package io.ispflow.contracts.lead;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A prospect's offer or location changed; carries its full state. Keyed by the lead id.
 *
 * @param changedFields {@code offer.plan}, {@code location.address}, ...
 */
@EventType(value = ProspectUpdated.TYPE, topic = Topics.LEAD)
public record ProspectUpdated(
        String prospectId,
        String leadId,
        Offer offer,
        Location location,
        String status,
        List<String> changedFields,
        String updatedBy,
        OffsetDateTime updatedAt,
        long version)
        implements IntegrationEvent {

    public static final String TYPE = "prospect.updated.v1";

    public ProspectUpdated {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }

    @Override
    public String aggregateId() {
        return leadId;
    }
}
