package io.ispflow.contracts.lead;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import java.time.OffsetDateTime;

/**
 * A lead was deleted under the stale-lead policy: imported, never assigned, never converted, and older
 * than the configured number of days.
 *
 * @param reason {@code STALE_IMPORT}
 */
@EventType(value = LeadDeleted.TYPE, topic = Topics.LEAD)
public record LeadDeleted(String leadId, String zone, String reason, String deletedBy, OffsetDateTime deletedAt)
        implements IntegrationEvent {

    public static final String TYPE = "lead.deleted.v1";

    @Override
    public String aggregateId() {
        return leadId;
    }
}
