package io.ispflow.contracts.lead;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import java.time.OffsetDateTime;

/**
 * The lead's personal data was erased on request (right to erasure): every consumer that copied
 * personal data of this lead (contact snapshots of tickets, orders, contracts) must anonymise it too.
 * Carries no personal data itself.
 */
@EventType(value = LeadErased.TYPE, topic = Topics.LEAD)
public record LeadErased(String leadId, String zone, String erasedBy, OffsetDateTime erasedAt)
        implements IntegrationEvent {

    public static final String TYPE = "lead.erased.v1";

    @Override
    public String aggregateId() {
        return leadId;
    }
}
