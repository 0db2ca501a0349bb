package io.ispflow.contracts.lead;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;

/** A lead was registered (by hand, by the sales-desk wizard or by an import), with its full state. */
@EventType(value = LeadCreated.TYPE, topic = Topics.LEAD)
public record LeadCreated(String leadId, LeadSnapshot lead) implements IntegrationEvent {

    public static final String TYPE = "lead.created.v1";

    @Override
    public String aggregateId() {
        return leadId;
    }
}
