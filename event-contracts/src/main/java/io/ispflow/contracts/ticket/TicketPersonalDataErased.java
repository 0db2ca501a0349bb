package io.ispflow.contracts.ticket;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.Topics;
import io.ispflow.contracts.privacy.ErasureConfirmation;
import java.time.OffsetDateTime;

/**
 * The sales desk side of an erasure is done: its tickets, their contact snapshots, places and stored request answers no longer hold the lead's personal data.
 * Keyed by the lead id.
 */
@EventType(value = TicketPersonalDataErased.TYPE, topic = Topics.TICKET)
public record TicketPersonalDataErased(String leadId, String zone, int records, OffsetDateTime erasedAt)
        implements ErasureConfirmation {

    public static final String TYPE = "ticket.personal-data-erased.v1";
}
