package io.ispflow.order.order;

import io.ispflow.order.technician.Technician;
import io.ispflow.order.technician.TechnicianRepository;
import io.ispflow.platform.problem.NotFoundException;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.security.Role;
import io.ispflow.platform.security.ZoneVisibility;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who sees which order. Zone visibility for everyone (an order outside the caller's zones is a 404);
 * on top of it, a caller who is only a technician sees only the orders scheduled for them.
 */
@Component
public class OrderAccess {

    private final OrderRepository orders;
    private final TechnicianRepository technicians;

    OrderAccess(OrderRepository orders, TechnicianRepository technicians) {
        this.orders = orders;
        this.technicians = technicians;
    }

    /** A TECHNICIAN without any role that sees more (planning, sales, back office, admin). */
    public static boolean technicianOnly(Caller caller) {
        return caller.hasRole(Role.TECHNICIAN)
                && !caller.hasAnyRole(Role.ADMIN, Role.PLANNER, Role.MANAGER, Role.SALES, Role.BACKOFFICE);
    }

    /** The technician linked to the caller's login, if any. */
    public Optional<Technician> technicianOf(Caller caller) {
        return technicians.findByUserId(caller.subject());
    }

    /** The order when the caller may see it, otherwise the 404 an unknown id gets. */
    public Order requireVisible(Caller caller, UUID id) {
        return requireVisible(caller, orders.findById(id).orElse(null), id);
    }

    /** Same, with the order row locked until the transaction ends. */
    public Order requireVisibleLocked(Caller caller, UUID id) {
        return requireVisible(caller, orders.lockById(id).orElse(null), id);
    }

    private Order requireVisible(Caller caller, Order found, UUID id) {
        Order order = ZoneVisibility.requireVisible(caller, found, Order::getZone, "Order", id);
        if (technicianOnly(caller) && !isAssignedToCaller(order, caller)) {
            throw new NotFoundException("Order", id);
        }
        return order;
    }

    /** Whether the order is scheduled for the technician whose login is the caller. */
    public boolean isAssignedToCaller(Order order, Caller caller) {
        return order.getTechnicianId() != null
                && technicianOf(caller)
                        .map(Technician::getId)
                        .filter(order::isAssignedTo)
                        .isPresent();
    }

    /** The list filter of what the caller may see. */
    public Specification<Order> visibleTo(Caller caller) {
        Specification<Order> zones = ZoneVisibility.visibleTo(caller, "zone");
        if (!technicianOnly(caller)) {
            return zones;
        }
        Optional<UUID> me = technicianOf(caller).map(Technician::getId);
        return zones.and(
                (root, query, cb) -> me.isPresent() ? cb.equal(root.get("technicianId"), me.get()) : cb.disjunction());
    }
}
