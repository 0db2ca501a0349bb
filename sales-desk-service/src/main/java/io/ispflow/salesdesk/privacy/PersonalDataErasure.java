package io.ispflow.salesdesk.privacy;

import io.ispflow.contracts.lead.LeadErased;
import io.ispflow.contracts.ticket.TicketPersonalDataErased;
import io.ispflow.platform.events.EventPublisher;
import io.ispflow.salesdesk.ticket.Ticket;
import io.ispflow.salesdesk.ticket.TicketLifecycle.Cause;
import io.ispflow.salesdesk.ticket.TicketRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sales desk's side of the right to erasure ({@code lead.erased.v1}), in the consumer's transaction:
 * every ticket of the lead loses the person's data ({@link Ticket#erasePersonalData}: contact and
 * billing, exact place, comments, order notes and reasons), and so do the copies kept for other purposes:
 * the stored answers of Idempotency-Keys about those tickets (the wizard's, and any other POST on them)
 * and their already published outbox rows (unpublished ones stay for the relay). Then
 * {@code ticket.personal-data-erased.v1} confirms it with the number of the lead's tickets, 0 when the
 * sales desk never had the lead. A second erasure of the same lead (an administrator retrying) finds
 * nothing left to erase and confirms again; a redelivered event is skipped by the platform.
 */
@Service
public class PersonalDataErasure {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataErasure.class);

    private final TicketRepository tickets;
    private final JdbcClient jdbc;
    private final EventPublisher events;
    private final Clock clock;

    PersonalDataErasure(TicketRepository tickets, JdbcClient jdbc, EventPublisher events, Clock clock) {
        this.tickets = tickets;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void erase(LeadErased event, Cause cause) {
        UUID leadId = parse(event.leadId());
        if (leadId == null) {
            // no lead of ours has such an id, and a confirmation could not name it
            log.warn("Event {} erases lead '{}', which is not a lead id; skipped", cause.eventId(), event.leadId());
            return;
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<Ticket> ofLead = tickets.findAllOfLeadForUpdate(leadId);
        long erasedNow = ofLead.stream()
                .filter(ticket -> ticket.erasePersonalData(cause.by(), now))
                .count();
        tickets.flush();
        List<String> ids =
                ofLead.stream().map(ticket -> ticket.getId().toString()).toList();
        int answers = ids.isEmpty() ? 0 : forgetStoredAnswers(ids);
        int published = ids.isEmpty() ? 0 : forgetPublishedEvents(ids);
        events.publish(new TicketPersonalDataErased(
                leadId.toString(), event.zone(), ofLead.size(), now.atOffset(ZoneOffset.UTC)));
        log.info(
                "Lead {} erased by event {}: {} tickets ({} erased now), {} stored answers and {} published events"
                        + " dropped",
                leadId,
                cause.eventId(),
                ofLead.size(),
                erasedNow,
                answers,
                published);
    }

    /**
     * The stored answers of the Idempotency-Keys about these tickets: the wizard's (its Location is the
     * ticket) and any other POST on them (comments, orders, lost, cancellation: the path names the
     * ticket). Each holds the ticket as it was, contact included.
     */
    private int forgetStoredAnswers(List<String> ticketIds) {
        return jdbc.sql(
                        """
                        DELETE FROM idempotency_key
                         WHERE response_location IN (:locations)
                            OR (path LIKE '/api/tickets/%' AND split_part(path, '/', 4) IN (:ids))
                        """)
                .param(
                        "locations",
                        ticketIds.stream().map(id -> "/api/tickets/" + id).toList())
                .param("ids", ticketIds)
                .update();
    }

    /** The tickets' events already on the topic; the relay still needs the unpublished ones. */
    private int forgetPublishedEvents(List<String> ticketIds) {
        return jdbc.sql("DELETE FROM outbox_event WHERE event_key IN (:ids) AND published_at IS NOT NULL")
                .param("ids", ticketIds)
                .update();
    }

    private static UUID parse(String leadId) {
        try {
            return leadId == null ? null : UUID.fromString(leadId);
        } catch (IllegalArgumentException notALeadId) {
            return null;
        }
    }
}
