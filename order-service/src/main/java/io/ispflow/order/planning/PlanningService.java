package io.ispflow.order.planning;

import io.ispflow.contracts.ticket.OrderKind;
import io.ispflow.order.OrderProperties;
import io.ispflow.order.order.Order;
import io.ispflow.order.order.OrderAccess;
import io.ispflow.order.order.OrderRepository;
import io.ispflow.order.order.OrderSpecifications;
import io.ispflow.order.order.OrderStatus;
import io.ispflow.order.technician.Technician;
import io.ispflow.order.technician.TechnicianRepository;
import io.ispflow.order.technician.TechnicianSpecifications;
import io.ispflow.order.technician.TechnicianView;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.PageResponse;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Planificar": the unscheduled column beside the calendar of the scheduled visits. */
@Service
public class PlanningService {

    static final Duration MAX_CALENDAR_RANGE = Duration.ofDays(62);
    static final int MAX_CALENDAR_ENTRIES = 5000;
    private static final Set<OrderStatus> ON_THE_CALENDAR =
            EnumSet.of(OrderStatus.SCHEDULED, OrderStatus.IN_PROGRESS, OrderStatus.COMPLETED);

    private final OrderRepository orders;
    private final TechnicianRepository technicians;
    private final OrderAccess access;
    private final OrderProperties properties;
    private final Clock clock;

    PlanningService(
            OrderRepository orders,
            TechnicianRepository technicians,
            OrderAccess access,
            OrderProperties properties,
            Clock clock) {
        this.orders = orders;
        this.technicians = technicians;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The orders waiting for a visit, oldest first.
     *
     * @param minAgeHours only orders at least this old
     * @param olderThan only orders created before this instant
     */
    @Transactional(readOnly = true)
    public PageResponse<UnscheduledOrder> unscheduled(
            String zone,
            OrderKind kind,
            Integer minAgeHours,
            OffsetDateTime olderThan,
            int page,
            int size,
            Caller caller) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime createdBefore = olderThan;
        if (minAgeHours != null) {
            OffsetDateTime byAge = now.minusHours(minAgeHours);
            createdBefore = createdBefore == null || byAge.isBefore(createdBefore) ? byAge : createdBefore;
        }
        Specification<Order> spec = access.visibleTo(caller)
                .and(OrderSpecifications.statusIn(Set.of(OrderStatus.UNSCHEDULED)))
                .and(OrderSpecifications.zone(zone))
                .and(OrderSpecifications.kind(kind))
                .and(OrderSpecifications.createdBetween(null, createdBefore));
        Page<Order> found = orders.findAll(
                spec, PageRequest.of(page, size, Sort.by("createdAt").and(Sort.by("id"))));
        return PageResponse.of(found, order -> UnscheduledOrder.of(order, now));
    }

    /**
     * The visits (scheduled, in progress, completed) that overlap the range, with the technicians
     * they belong to.
     *
     * @param from a date (its start, in the default time zone) or a date-time with offset
     * @param to a date (inclusive: up to its end) or a date-time (exclusive)
     */
    @Transactional(readOnly = true)
    public CalendarView calendar(String from, String to, UUID technicianId, String zone, Caller caller) {
        OffsetDateTime rangeStart = instant("from", from, false);
        OffsetDateTime rangeEnd = instant("to", to, true);
        if (!rangeEnd.isAfter(rangeStart)) {
            throw BadRequestException.invalidField("to", "must be after from");
        }
        if (Duration.between(rangeStart, rangeEnd).compareTo(MAX_CALENDAR_RANGE) > 0) {
            throw BadRequestException.invalidField(
                    "to", "the calendar shows at most " + MAX_CALENDAR_RANGE.toDays() + " days at once");
        }
        Specification<Order> spec = access.visibleTo(caller)
                .and(OrderSpecifications.statusIn(ON_THE_CALENDAR))
                .and(OrderSpecifications.scheduledWithin(rangeStart, rangeEnd))
                .and(OrderSpecifications.technician(technicianId))
                .and(OrderSpecifications.zone(zone));
        Page<Order> visits = orders.findAll(
                spec,
                PageRequest.of(
                        0, MAX_CALENDAR_ENTRIES, Sort.by("scheduledStart").and(Sort.by("id"))));

        Specification<Technician> rows = technicianId != null
                ? TechnicianSpecifications.withId(technicianId)
                : TechnicianSpecifications.active(true)
                        .and(TechnicianSpecifications.servingZone(zone))
                        .and(TechnicianSpecifications.servingZonesOf(caller));
        Map<UUID, Technician> byId = new LinkedHashMap<>();
        technicians.findAll(rows, Sort.by("name").and(Sort.by("id"))).forEach(t -> byId.put(t.getId(), t));
        Set<UUID> missing = new HashSet<>();
        visits.forEach(order -> {
            if (!byId.containsKey(order.getTechnicianId())) {
                missing.add(order.getTechnicianId());
            }
        });
        if (!missing.isEmpty()) {
            // visits of technicians outside the rows (deactivated since, or serving other zones)
            byId.putAll(technicians.findAllById(missing).stream()
                    .collect(Collectors.toMap(Technician::getId, Function.identity())));
        }

        List<CalendarView.Entry> entries = visits.stream()
                .map(order -> entry(order, byId.get(order.getTechnicianId())))
                .toList();
        return new CalendarView(
                rangeStart,
                rangeEnd,
                byId.values().stream().map(TechnicianView::of).toList(),
                entries,
                visits.hasNext());
    }

    private static CalendarView.Entry entry(Order order, Technician technician) {
        return new CalendarView.Entry(
                order.getId(),
                order.getNumber(),
                order.getKind(),
                order.getStatus(),
                order.getZone(),
                order.getTicketId(),
                order.getTechnicianId(),
                technician == null ? order.getTechnicianName() : technician.getName(),
                order.getScheduledStart(),
                order.getScheduledEnd(),
                order.getContact() == null ? null : order.getContact().name(),
                order.getLocation() == null ? null : order.getLocation().address(),
                order.getLocation() == null ? null : order.getLocation().city(),
                order.isContractGenerated(),
                order.getVersion());
    }

    private OffsetDateTime instant(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            throw BadRequestException.invalidField(field, "is required");
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day)
                        .atStartOfDay(properties.defaultTimeZone())
                        .toOffsetDateTime();
            }
            return OffsetDateTime.parse(value);
        } catch (DateTimeException unparsable) {
            throw BadRequestException.invalidField(
                    field, "must be a date (2026-11-23) or a date-time with offset (2026-11-23T08:00:00-03:00)");
        }
    }
}
