package io.ispflow.order.order;

import io.ispflow.order.OrderProperties;
import io.ispflow.order.technician.Technician;
import io.ispflow.order.technician.TechnicianRepository;
import io.ispflow.platform.events.EventPublisher;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.PageResponse;
import io.ispflow.platform.web.SortParameter;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Orders: made from the tickets' requests, read (zone-filtered), cancelled, linked to their contract. */
@Service
public class OrderService {

    private static final Logger log = LoggerFactory.getLogger(OrderService.class);
    private static final Set<String> SORTABLE =
            Set.of("createdAt", "number", "status", "kind", "zone", "scheduledStart", "ticketId");
    private static final EnumSet<OrderStatus> NON_TERMINAL =
            EnumSet.of(OrderStatus.UNSCHEDULED, OrderStatus.SCHEDULED, OrderStatus.IN_PROGRESS);

    private final OrderRepository orders;
    private final TechnicianRepository technicians;
    private final OrderAccess access;
    private final ErasedLeads erasedLeads;
    private final EventPublisher events;
    private final OrderProperties properties;
    private final Clock clock;

    OrderService(
            OrderRepository orders,
            TechnicianRepository technicians,
            OrderAccess access,
            ErasedLeads erasedLeads,
            EventPublisher events,
            OrderProperties properties,
            Clock clock) {
        this.orders = orders;
        this.technicians = technicians;
        this.access = access;
        this.erasedLeads = erasedLeads;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Makes the order a ticket asked for: exactly one per request. A request already served (the
     * same event delivered again under another id) creates nothing; the unique request id in the
     * table is the last line of defence.
     *
     * @return the new order, or empty when the request had one already
     */
    @Transactional
    public Optional<Order> createFromTicket(NewOrder request) {
        Optional<Order> existing = orders.findByRequestId(request.requestId());
        if (existing.isPresent()) {
            log.info(
                    "Order request {} of ticket {} already has order {}; nothing to do",
                    request.requestId(),
                    request.ticketId(),
                    existing.get().getNumber());
            return Optional.empty();
        }
        String number = "O-%06d".formatted(orders.nextNumber());
        Order created = Order.create(UUID.randomUUID(), number, request, now());
        if (erasedLeads.erasedAt(request.leadId()).isPresent()) {
            // a late request for a lead erased meanwhile: the order is made, without the person
            created.erasePersonalData(now());
        }
        Order order = orders.saveAndFlush(created);
        events.publish(OrderEvents.created(order));
        log.info("Created {} order {} for ticket {}", order.getKind(), number, order.getTicketId());
        return Optional.of(order);
    }

    @Transactional
    public OrderView cancel(UUID id, String reason, String ifMatch, Caller caller) {
        Order order = access.requireVisible(caller, id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, order.getVersion());
        }
        order.cancel(reason.trim(), caller.subject(), now());
        orders.saveAndFlush(order);
        events.publish(OrderEvents.cancelled(order));
        return OrderView.of(order);
    }

    /** The ticket was cancelled: so are its orders that are not completed yet. */
    @Transactional
    public List<Order> cancelForTicket(String ticketId, String reason, String by, OffsetDateTime at) {
        List<Order> open = orders.findByTicketIdAndStatusIn(ticketId, NON_TERMINAL);
        for (Order order : open) {
            order.cancel(reason, by, at == null ? now() : at);
            orders.saveAndFlush(order);
            events.publish(OrderEvents.cancelled(order));
            log.info("Cancelled order {} of cancelled ticket {}", order.getNumber(), ticketId);
        }
        return open;
    }

    /** The contract service made the contract of an order. */
    @Transactional
    public void linkContract(String orderId, String contractId, String contractNumber, OffsetDateTime at) {
        // locked, like the technician's start and completion: the two never fail each other
        Optional<Order> order = parse(orderId).flatMap(orders::lockById);
        if (order.isEmpty()) {
            log.warn("Contract {} names order {}, which does not exist here; ignored", contractId, orderId);
            return;
        }
        Order linked = order.get();
        if (linked.getContractId() != null && !linked.getContractId().equals(contractId)) {
            log.warn(
                    "Order {} had contract {}; now linked to contract {}",
                    linked.getNumber(),
                    linked.getContractId(),
                    contractId);
        }
        linked.linkContract(contractId, contractNumber, at == null ? now() : at);
    }

    /**
     * The right to erasure for the orders of a lead (lead.erased.v1): each order locked and anonymised
     * ({@link Order#erasePersonalData}), and the lead remembered as erased so that a later order for it
     * is made anonymised. Runs in the caller's transaction; a second erasure changes nothing more.
     *
     * @return the lead's orders, oldest first (none when the service never had one)
     */
    @Transactional
    public List<Order> eraseOfLead(String leadId, OffsetDateTime at) {
        List<Order> ofLead = orders.lockByLeadId(leadId);
        ofLead.forEach(order -> order.erasePersonalData(at));
        erasedLeads.record(leadId, at);
        orders.flush();
        if (!ofLead.isEmpty()) {
            log.info("Erased the personal data of lead {} from its {} order(s)", leadId, ofLead.size());
        }
        return ofLead;
    }

    /** The lead's orders the caller may see (zone visibility), oldest first: the right of access. */
    @Transactional(readOnly = true)
    public List<OrderView> ofLead(String leadId, Caller caller) {
        return orders
                .findAll(access.visibleTo(caller).and(OrderSpecifications.lead(leadId)), Sort.by("createdAt", "id"))
                .stream()
                .map(OrderView::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public OrderView get(UUID id, Caller caller) {
        return OrderView.of(access.requireVisible(caller, id));
    }

    @Transactional(readOnly = true)
    public PageResponse<OrderView> list(OrderFilter filter, Caller caller, int page, int size, List<String> sort) {
        ZoneId defaultZone = properties.defaultTimeZone();
        if (filter.createdFrom() != null
                && filter.createdTo() != null
                && filter.createdTo().isBefore(filter.createdFrom())) {
            throw BadRequestException.invalidField("createdTo", "must not be before createdFrom");
        }
        Specification<Order> spec = access.visibleTo(caller)
                .and(OrderSpecifications.statusIn(filter.statuses()))
                .and(OrderSpecifications.kind(filter.kind()))
                .and(OrderSpecifications.zone(filter.zone()))
                .and(OrderSpecifications.technician(filter.technicianId()))
                .and(OrderSpecifications.ticket(filter.ticketId()))
                .and(OrderSpecifications.contractGenerated(filter.contractGenerated()))
                .and(OrderSpecifications.createdBetween(
                        filter.createdFrom() == null
                                ? null
                                : filter.createdFrom().atStartOfDay(defaultZone).toOffsetDateTime(),
                        filter.createdTo() == null
                                ? null
                                : filter.createdTo()
                                        .plusDays(1)
                                        .atStartOfDay(defaultZone)
                                        .toOffsetDateTime()))
                .and(OrderSpecifications.matching(filter.q()));
        Sort fallback = Sort.by(Sort.Direction.DESC, "createdAt");
        if (filter.date() != null) {
            ZoneId dayZone = dayZoneOf(filter, caller);
            spec = spec.and(OrderSpecifications.startingBetween(
                    filter.date().atStartOfDay(dayZone).toOffsetDateTime(),
                    filter.date().plusDays(1).atStartOfDay(dayZone).toOffsetDateTime()));
            fallback = Sort.by("scheduledStart");
        }
        Sort order = SortParameter.parse(sort, SORTABLE, fallback);
        return PageResponse.of(orders.findAll(spec, PageRequest.of(page, size, order)), OrderView::of);
    }

    /** A technician's day is their own time zone's day; anyone else's, the named technician's or the default. */
    private ZoneId dayZoneOf(OrderFilter filter, Caller caller) {
        Optional<Technician> technician = OrderAccess.technicianOnly(caller)
                ? access.technicianOf(caller)
                : Optional.ofNullable(filter.technicianId()).flatMap(technicians::findById);
        return technician.map(Technician::zoneId).orElse(properties.defaultTimeZone());
    }

    private static Optional<UUID> parse(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
