package io.ispflow.contracts.ticket;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import java.time.OffsetDateTime;

/**
 * A ticket moved along its pipeline: {@code OPEN, FEASIBILITY_REQUESTED, FEASIBLE, NOT_FEASIBLE,
 * INSTALLATION_REQUESTED, INSTALLATION_SCHEDULED, INSTALLED, WON, LOST, CANCELLED}.
 *
 * @param reason why, when the ticket was lost or cancelled; null otherwise
 * @param cause the event id (or request) that moved it, for tracing
 */
@EventType(value = TicketStatusChanged.TYPE, topic = Topics.TICKET)
public record TicketStatusChanged(
        String ticketId,
        String number,
        String leadId,
        String zone,
        String from,
        String to,
        String reason,
        String cause,
        OffsetDateTime changedAt)
        implements IntegrationEvent {

    public static final String TYPE = "ticket.status-changed.v1";

    @Override
    public String aggregateId() {
        return ticketId;
    }
}
