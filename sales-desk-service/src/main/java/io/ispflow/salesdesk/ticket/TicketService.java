package io.ispflow.salesdesk.ticket;

import io.ispflow.contracts.ticket.OrderKind;
import io.ispflow.platform.events.EventPublisher;
import io.ispflow.platform.problem.NotFoundException;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.security.ZoneVisibility;
import io.ispflow.platform.web.CorrelationIdFilter;
import io.ispflow.platform.web.ETags;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What users do with tickets. Each change runs in one transaction that row-locks the ticket, checks
 * that the caller sees it (404 otherwise) and the If-Match version, applies the domain method, and
 * publishes what changed through the outbox.
 */
@Service
public class TicketService {

    static final String WHAT = "Ticket";

    private final TicketRepository tickets;
    private final EventPublisher events;
    private final Clock clock;

    TicketService(TicketRepository tickets, EventPublisher events, Clock clock) {
        this.tickets = tickets;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a ticket (the wizard's last step, once the lead and prospect exist). The caller must hold
     * the ticket's zone. Publishes {@code ticket.opened.v1} with the order request, if any.
     */
    @Transactional
    public TicketView open(NewTicket spec, Caller caller) {
        ZoneVisibility.requireHolds(caller, spec.zone());
        String number = String.format("T-%06d", tickets.nextNumber());
        Ticket ticket = tickets.saveAndFlush(Ticket.open(number, spec, caller.subject(), caller.name(), now()));
        events.publish(TicketEvents.opened(ticket));
        return TicketView.of(ticket);
    }

    @Transactional(readOnly = true)
    public TicketView get(UUID id, Caller caller) {
        return TicketView.of(visible(tickets.findById(id).orElse(null), caller, id));
    }

    /** Asks for another order: publishes {@code ticket.order-requested.v1} and the status change. */
    @Transactional
    public TicketView requestOrder(UUID id, String ifMatch, OrderKind kind, String notes, Caller caller) {
        Ticket ticket = lockForChange(id, ifMatch, caller);
        Ticket.OrderRequested requested = ticket.requestOrder(kind, notes, caller.subject(), now());
        tickets.flush();
        events.publish(TicketEvents.orderRequested(ticket, requested.order(), caller.subject()));
        requested.move().ifPresent(move -> events.publish(TicketEvents.statusChanged(ticket, move, requestCause())));
        return TicketView.of(ticket);
    }

    @Transactional
    public TicketView markLost(UUID id, String ifMatch, String reason, Caller caller) {
        Ticket ticket = lockForChange(id, ifMatch, caller);
        StatusChange move = ticket.markLost(reason, caller.subject(), now());
        tickets.flush();
        events.publish(TicketEvents.lost(ticket));
        events.publish(TicketEvents.statusChanged(ticket, move, requestCause()));
        return TicketView.of(ticket);
    }

    @Transactional
    public TicketView cancel(UUID id, String ifMatch, String reason, Caller caller) {
        Ticket ticket = lockForChange(id, ifMatch, caller);
        StatusChange move = ticket.cancel(reason, caller.subject(), now());
        tickets.flush();
        events.publish(TicketEvents.cancelled(ticket));
        events.publish(TicketEvents.statusChanged(ticket, move, requestCause()));
        return TicketView.of(ticket);
    }

    /** Replaces assignee and tags. No event: the ticket contract has none for them yet (see ADR 0012). */
    @Transactional
    public TicketView reassign(UUID id, String ifMatch, String assignee, List<String> tags, Caller caller) {
        Ticket ticket = lockForChange(id, ifMatch, caller);
        ticket.reassign(assignee, tags, caller.subject(), now());
        tickets.flush();
        return TicketView.of(ticket);
    }

    /** Adds a comment; comments only ever add, so no If-Match is needed. */
    @Transactional
    public TicketView comment(UUID id, String text, Caller caller) {
        Ticket ticket = visible(tickets.findForUpdate(id).orElse(null), caller, id);
        ticket.comment(text, caller.subject(), caller.name(), now());
        tickets.flush();
        return TicketView.of(ticket);
    }

    private Ticket lockForChange(UUID id, String ifMatch, Caller caller) {
        Ticket ticket = visible(tickets.findForUpdate(id).orElse(null), caller, id);
        ETags.requireMatch(ifMatch, ticket.getVersion());
        return ticket;
    }

    private static Ticket visible(Ticket ticket, Caller caller, UUID id) {
        if (ticket == null) {
            throw new NotFoundException(WHAT, id);
        }
        return ZoneVisibility.requireVisible(caller, ticket, Ticket::getZone, WHAT, id);
    }

    /** A user's move is traced to the request that made it (its correlation id, also on the event). */
    private static String requestCause() {
        return MDC.get(CorrelationIdFilter.MDC_KEY);
    }

    private Instant now() {
        // PostgreSQL keeps microseconds: the event carries exactly what a later read returns
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
