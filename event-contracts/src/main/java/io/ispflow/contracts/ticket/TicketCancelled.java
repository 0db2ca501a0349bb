package io.ispflow.contracts.ticket;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import java.time.OffsetDateTime;

/** The ticket was cancelled (opened by mistake, duplicated...); terminal. Open orders should be cancelled. */
@EventType(value = TicketCancelled.TYPE, topic = Topics.TICKET)
public record TicketCancelled(
        String ticketId, String number, String leadId, String zone, String reason, String by, OffsetDateTime at)
        implements IntegrationEvent {

    public static final String TYPE = "ticket.cancelled.v1";

    @Override
    public String aggregateId() {
        return ticketId;
    }
}
