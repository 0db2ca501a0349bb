package io.ispflow.contracts.lead;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import java.time.OffsetDateTime;

/**
 * A conversion: the lead became a prospect (its first prospect was created) or a customer (one of its
 * contracts was activated). Stages only move forward: {@code LEAD} -> {@code PROSPECT} -> {@code CUSTOMER}.
 *
 * @param causeType {@code PROSPECT} or {@code CONTRACT}
 * @param causeId the id of the prospect or contract that caused the conversion
 * @param changedBy the user, or the publishing service for a conversion caused by an event
 */
@EventType(value = LeadStageChanged.TYPE, topic = Topics.LEAD)
public record LeadStageChanged(
        String leadId,
        String zone,
        String fromStage,
        String toStage,
        String causeType,
        String causeId,
        String changedBy,
        OffsetDateTime changedAt,
        long version)
        implements IntegrationEvent {

    public static final String TYPE = "lead.stage-changed.v1";

    @Override
    public String aggregateId() {
        return leadId;
    }
}
