package io.ispflow.contracts.privacy;

import io.ispflow.contracts.IntegrationEvent;
import java.time.OffsetDateTime;

/**
 * A service's answer to {@code lead.erased.v1}: it has anonymised every copy it kept of the lead's
 * personal data. Each service publishes its own type on its own topic, keyed by the lead id; the lead
 * service gathers them on the lead's erasure record ({@code GET /api/leads/{id}/erasure}). The service
 * that confirmed is the event's CloudEvents {@code source}.
 */
public interface ErasureConfirmation extends IntegrationEvent {

    String leadId();

    String zone();

    /** How many of the service's records held the person and were anonymised (0 when it had none). */
    int records();

    OffsetDateTime erasedAt();

    @Override
    default String aggregateId() {
        return leadId();
    }
}
