package io.ispflow.contracts.ticket;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import java.time.OffsetDateTime;

/** The sale was lost (the prospect declined, no coverage, a competitor...); terminal. */
@EventType(value = TicketLost.TYPE, topic = Topics.TICKET)
public record TicketLost(
        String ticketId, String number, String leadId, String zone, String reason, String by, OffsetDateTime at)
        implements IntegrationEvent {

    public static final String TYPE = "ticket.lost.v1";

    @Override
    public String aggregateId() {
        return ticketId;
    }
}
