package io.ispflow.order.planning;

import io.ispflow.order.order.Order;
import io.ispflow.order.order.OrderAccess;
import io.ispflow.order.order.OrderEvents;
import io.ispflow.order.order.OrderRepository;
import io.ispflow.order.order.OrderView;
import io.ispflow.order.technician.Technician;
import io.ispflow.order.technician.TechnicianRepository;
import io.ispflow.order.technician.TechnicianView;
import io.ispflow.platform.events.EventPublisher;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.problem.ConflictException;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts orders on technicians' calendars. A technician is never double-booked: every scheduling
 * transaction locks the technician's row before it looks for overlapping visits, so two planners
 * booking one technician at the same moment are served one after the other and the second sees the
 * first's visit (409). Zones and working hours are enforced unless the planner overrides them.
 */
@Service
public class SchedulingService {

    static final String DOUBLE_BOOKED = "technician-double-booked";
    static final String OUTSIDE_ZONES = "technician-zone";
    static final String OUTSIDE_HOURS = "outside-working-hours";
    private static final String NO_DOUBLE_BOOKING_CONSTRAINT = "field_order_no_double_booking";

    private final OrderRepository orders;
    private final TechnicianRepository technicians;
    private final OrderAccess access;
    private final EventPublisher events;
    private final Clock clock;

    SchedulingService(
            OrderRepository orders,
            TechnicianRepository technicians,
            OrderAccess access,
            EventPublisher events,
            Clock clock) {
        this.orders = orders;
        this.technicians = technicians;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Schedules the order, or reschedules it when it is on the calendar already. */
    @Transactional
    public OrderView schedule(UUID orderId, ScheduleRequest request, String ifMatch, Caller caller) {
        Order order = access.requireVisible(caller, orderId);
        ETags.requireMatch(ifMatch, order.getVersion());
        order.requireSchedulable();

        Technician technician = technicians
                .lockById(request.technicianId())
                .orElseThrow(() -> BadRequestException.invalidField("technicianId", "no such technician"));
        if (!technician.isActive()) {
            throw conflict(
                    "technician-inactive", "Technician " + technician.getName() + " is inactive and cannot be booked.");
        }
        OffsetDateTime start = request.start();
        OffsetDateTime end = start.plusMinutes(request.durationMinutes());

        List<Order> overlapping = orders.findOverlapping(technician.getId(), order.getId(), start, end);
        if (!overlapping.isEmpty()) {
            Order other = overlapping.get(0);
            ConflictException doubleBooked = conflict(
                    DOUBLE_BOOKED,
                    "Technician " + technician.getName() + " is already booked from " + other.getScheduledStart()
                            + " to " + other.getScheduledEnd() + " with order " + other.getNumber() + ".");
            doubleBooked.with("conflictingOrderId", other.getId().toString());
            doubleBooked.with("conflictingOrderNumber", other.getNumber());
            doubleBooked.with("conflictingStart", other.getScheduledStart().toString());
            doubleBooked.with("conflictingEnd", other.getScheduledEnd().toString());
            throw doubleBooked;
        }

        List<String> overridden = new ArrayList<>();
        if (!technician.serves(order.getZone())) {
            if (!request.overrides()) {
                ConflictException outsideZones = conflict(
                        OUTSIDE_ZONES,
                        "Technician " + technician.getName() + " does not serve zone " + order.getZone()
                                + "; send override: true to book them anyway.");
                outsideZones.with("zone", order.getZone());
                outsideZones.with("technicianZones", technician.getZones());
                throw outsideZones;
            }
            overridden.add(OUTSIDE_ZONES);
        }
        if (!technician.worksDuring(start, end)) {
            if (!request.overrides()) {
                ConflictException outsideHours = conflict(
                        OUTSIDE_HOURS,
                        "The visit is outside the working hours of technician " + technician.getName() + " ("
                                + technician.zoneId() + "); send override: true to book it anyway.");
                outsideHours.with("timeZone", technician.zoneId().getId());
                outsideHours.with("workingHours", TechnicianView.of(technician).workingHours());
                throw outsideHours;
            }
            overridden.add(OUTSIDE_HOURS);
        }

        boolean rescheduled = order.schedule(
                technician.getId(), technician.getName(), start, end, overridden, caller.subject(), now());
        try {
            orders.saveAndFlush(order);
        } catch (DataIntegrityViolationException violation) {
            if (String.valueOf(violation.getMostSpecificCause().getMessage()).contains(NO_DOUBLE_BOOKING_CONSTRAINT)) {
                throw conflict(DOUBLE_BOOKED, "Technician " + technician.getName() + " is already booked then.");
            }
            throw violation;
        }
        events.publish(rescheduled ? OrderEvents.rescheduled(order) : OrderEvents.scheduled(order));
        return OrderView.of(order);
    }

    /** Takes the order off the calendar, back to the unscheduled column. */
    @Transactional
    public OrderView unschedule(UUID orderId, String ifMatch, Caller caller) {
        Order order = access.requireVisible(caller, orderId);
        ETags.requireMatch(ifMatch, order.getVersion());
        order.unschedule();
        orders.saveAndFlush(order);
        events.publish(OrderEvents.unscheduled(order, caller.subject(), now()));
        return OrderView.of(order);
    }

    private static ConflictException conflict(String slug, String detail) {
        return new ConflictException(slug, detail);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
