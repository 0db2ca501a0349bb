package io.ispflow.order.fieldwork;

import io.ispflow.order.order.Order;
import io.ispflow.order.order.OrderAccess;
import io.ispflow.order.order.OrderEvents;
import io.ispflow.order.order.OrderRepository;
import io.ispflow.order.order.OrderView;
import io.ispflow.platform.events.EventPublisher;
import io.ispflow.platform.problem.ForbiddenException;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.security.Role;
import io.ispflow.platform.web.ETags;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The technician's side of a visit: start it, close it with its outcome. */
@Service
public class FieldworkService {

    private final OrderRepository orders;
    private final OrderAccess access;
    private final EventPublisher events;
    private final Clock clock;

    FieldworkService(OrderRepository orders, OrderAccess access, EventPublisher events, Clock clock) {
        this.orders = orders;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public OrderView start(UUID orderId, String ifMatch, Caller caller) {
        Order order = requireOwnVisit(orderId, ifMatch, caller);
        order.start(caller.subject(), now());
        orders.saveAndFlush(order);
        events.publish(OrderEvents.started(order));
        return OrderView.of(order);
    }

    /** Closes the visit; a visit still SCHEDULED is started on the way (both events are published). */
    @Transactional
    public OrderView complete(UUID orderId, CompletionRequest request, String ifMatch, Caller caller) {
        Order order = requireOwnVisit(orderId, ifMatch, caller);
        boolean startedNow = order.complete(request.toCompletion(), caller.subject(), now());
        orders.saveAndFlush(order);
        if (startedNow) {
            events.publish(OrderEvents.started(order));
        }
        events.publish(OrderEvents.completed(order));
        return OrderView.of(order);
    }

    /**
     * The order, when the caller is the technician it is scheduled for (an admin may stand in). A
     * technician who is not assigned does not even see it (404).
     */
    private Order requireOwnVisit(UUID orderId, String ifMatch, Caller caller) {
        // locked: an event changing the order meanwhile (contract.created) waits for this visit's update
        // instead of failing the technician's request with a stale version they never sent
        Order order = access.requireVisibleLocked(caller, orderId);
        if (!caller.hasRole(Role.ADMIN) && !access.isAssignedToCaller(order, caller)) {
            throw new ForbiddenException(
                    "not-assigned",
                    "Only the technician order " + order.getNumber() + " is scheduled for can do this.");
        }
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, order.getVersion());
        }
        return order;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
