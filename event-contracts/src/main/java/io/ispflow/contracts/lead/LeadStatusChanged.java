package io.ispflow.contracts.lead;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import java.time.OffsetDateTime;

/**
 * The sales work on the lead moved: {@code NEW}, {@code CONTACTED}, {@code QUALIFIED} or
 * {@code DISCARDED} (with the reason).
 */
@EventType(value = LeadStatusChanged.TYPE, topic = Topics.LEAD)
public record LeadStatusChanged(
        String leadId,
        String zone,
        String fromStatus,
        String toStatus,
        String discardReason,
        String changedBy,
        OffsetDateTime changedAt,
        long version)
        implements IntegrationEvent {

    public static final String TYPE = "lead.status-changed.v1";

    @Override
    public String aggregateId() {
        return leadId;
    }
}
