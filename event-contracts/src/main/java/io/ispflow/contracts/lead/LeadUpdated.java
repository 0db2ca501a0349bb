package io.ispflow.contracts.lead;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import java.util.List;

/**
 * A lead's contact, billing or classification data changed (an edit or an import), with its full
 * state after the change.
 *
 * @param changedFields the names of the fields that changed ({@code email}, {@code billing.taxId}, ...)
 */
@EventType(value = LeadUpdated.TYPE, topic = Topics.LEAD)
public record LeadUpdated(String leadId, LeadSnapshot lead, List<String> changedFields) implements IntegrationEvent {

    public static final String TYPE = "lead.updated.v1";

    public LeadUpdated {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }

    @Override
    public String aggregateId() {
        return leadId;
    }
}
