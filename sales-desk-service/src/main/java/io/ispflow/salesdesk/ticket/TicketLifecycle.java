package io.ispflow.salesdesk.ticket;

import io.ispflow.contracts.contract.ContractActivated;
import io.ispflow.contracts.order.OrderCancelled;
import io.ispflow.contracts.order.OrderCompleted;
import io.ispflow.contracts.order.OrderCreated;
import io.ispflow.contracts.order.OrderRescheduled;
import io.ispflow.contracts.order.OrderScheduled;
import io.ispflow.contracts.order.OrderStarted;
import io.ispflow.contracts.order.OrderUnscheduled;
import io.ispflow.platform.events.EventPublisher;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves tickets with the order and contract events. Runs inside the consumer's transaction, which
 * also records the event id (a redelivery has no second effect); the ticket is row-locked, so an event
 * and a user's change take turns. An event about an unknown ticket, a final order, or a move backwards
 * past a later state changes nothing. Each applied move publishes {@code ticket.status-changed.v1}
 * whose cause is the event's id.
 */
@Service
public class TicketLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TicketLifecycle.class);

    private final TicketRepository tickets;
    private final EventPublisher events;
    private final Clock clock;

    TicketLifecycle(TicketRepository tickets, EventPublisher events, Clock clock) {
        this.tickets = tickets;
        this.events = events;
        this.clock = clock;
    }

    /** Who made an event-driven change: the publishing service, e.g. {@code order-service}. */
    public record Cause(String eventId, String source) {

        /** The service that made the change: the event's source without its leading slash. */
        public String by() {
            if (source == null || source.isBlank()) {
                return "system";
            }
            return source.startsWith("/") ? source.substring(1) : source;
        }
    }

    @Transactional
    public void apply(OrderCreated event, Cause cause) {
        withTicket(event.ticketId(), cause, (ticket, now) -> {
            ticket.orderCreated(event.requestId(), event.orderId(), event.number(), event.kind(), cause.by(), now);
            return Optional.empty();
        });
    }

    @Transactional
    public void apply(OrderScheduled event, Cause cause) {
        withTicket(
                event.ticketId(),
                cause,
                (ticket, now) -> ticket.orderScheduled(
                        event.orderId(),
                        event.kind(),
                        event.number(),
                        event.technicianName(),
                        instant(event.start()),
                        instant(event.end()),
                        cause.by(),
                        now));
    }

    @Transactional
    public void apply(OrderRescheduled event, Cause cause) {
        withTicket(
                event.ticketId(),
                cause,
                (ticket, now) -> ticket.orderScheduled(
                        event.orderId(),
                        event.kind(),
                        event.number(),
                        event.technicianName(),
                        instant(event.start()),
                        instant(event.end()),
                        cause.by(),
                        now));
    }

    @Transactional
    public void apply(OrderUnscheduled event, Cause cause) {
        withTicket(
                event.ticketId(),
                cause,
                (ticket, now) ->
                        ticket.orderUnscheduled(event.orderId(), event.kind(), event.number(), cause.by(), now));
    }

    @Transactional
    public void apply(OrderStarted event, Cause cause) {
        withTicket(event.ticketId(), cause, (ticket, now) -> {
            ticket.orderStarted(event.orderId(), event.kind(), event.number(), cause.by(), now);
            return Optional.empty();
        });
    }

    @Transactional
    public void apply(OrderCompleted event, Cause cause) {
        withTicket(
                event.ticketId(),
                cause,
                (ticket, now) -> ticket.orderCompleted(
                        event.orderId(),
                        event.kind(),
                        event.number(),
                        event.outcome(),
                        event.feasibility(),
                        event.failureReason(),
                        cause.by(),
                        now));
    }

    @Transactional
    public void apply(OrderCancelled event, Cause cause) {
        withTicket(
                event.ticketId(),
                cause,
                (ticket, now) -> ticket.orderCancelled(
                        event.orderId(), event.kind(), event.number(), event.reason(), cause.by(), now));
    }

    /** A contract not made from a ticket (ticketId null) is none of the sales desk's business. */
    @Transactional
    public void apply(ContractActivated event, Cause cause) {
        if (event.ticketId() == null) {
            return;
        }
        withTicket(event.ticketId(), cause, (ticket, now) -> ticket.contractActivated(cause.by(), now));
    }

    private void withTicket(String ticketId, Cause cause, BiFunction<Ticket, Instant, Optional<StatusChange>> change) {
        Optional<Ticket> found = parse(ticketId).flatMap(tickets::findForUpdate);
        if (found.isEmpty()) {
            log.debug("Event {} is about ticket {}, which the sales desk does not have", cause.eventId(), ticketId);
            return;
        }
        Ticket ticket = found.get();
        Optional<StatusChange> move = change.apply(ticket, now());
        tickets.flush();
        move.ifPresent(applied -> {
            log.info(
                    "Ticket {} moved {} -> {} by event {}",
                    ticket.getNumber(),
                    applied.from(),
                    applied.to(),
                    cause.eventId());
            events.publish(TicketEvents.statusChanged(ticket, applied, cause.eventId()));
        });
    }

    private static Optional<UUID> parse(String ticketId) {
        try {
            return ticketId == null ? Optional.empty() : Optional.of(UUID.fromString(ticketId));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant().truncatedTo(ChronoUnit.MICROS);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
