package io.ispflow.contracts.lead;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import java.time.OffsetDateTime;

/**
 * The lead's salesperson changed (a manager's reassignment, one or in bulk).
 *
 * @param fromAssignee the previous salesperson's subject, null when it was unassigned
 * @param toAssignee the new salesperson's subject, null when it was unassigned
 */
@EventType(value = LeadReassigned.TYPE, topic = Topics.LEAD)
public record LeadReassigned(
        String leadId,
        String zone,
        String fromAssignee,
        String toAssignee,
        String reassignedBy,
        OffsetDateTime reassignedAt,
        long version)
        implements IntegrationEvent {

    public static final String TYPE = "lead.reassigned.v1";

    @Override
    public String aggregateId() {
        return leadId;
    }
}
