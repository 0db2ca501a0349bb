package io.ispflow.order.order;

import io.ispflow.contracts.ticket.OrderKind;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/** The filters of the order lists (orders, the unscheduled column, the calendar). */
public final class OrderSpecifications {

    private OrderSpecifications() {}

    public static Specification<Order> statusIn(Collection<OrderStatus> statuses) {
        return (root, query, cb) -> statuses == null || statuses.isEmpty()
                ? cb.conjunction()
                : root.get("status").in(statuses);
    }

    public static Specification<Order> kind(OrderKind kind) {
        return (root, query, cb) -> kind == null ? cb.conjunction() : cb.equal(root.get("kind"), kind);
    }

    public static Specification<Order> zone(String zone) {
        return (root, query, cb) -> zone == null ? cb.conjunction() : cb.equal(root.get("zone"), zone);
    }

    public static Specification<Order> technician(UUID technicianId) {
        return (root, query, cb) ->
                technicianId == null ? cb.conjunction() : cb.equal(root.get("technicianId"), technicianId);
    }

    public static Specification<Order> lead(String leadId) {
        return (root, query, cb) -> leadId == null ? cb.conjunction() : cb.equal(root.get("leadId"), leadId);
    }

    public static Specification<Order> ticket(String ticketId) {
        return (root, query, cb) -> ticketId == null ? cb.conjunction() : cb.equal(root.get("ticketId"), ticketId);
    }

    public static Specification<Order> contractGenerated(Boolean generated) {
        return (root, query, cb) -> {
            if (generated == null) {
                return cb.conjunction();
            }
            return generated ? cb.isNotNull(root.get("contractId")) : cb.isNull(root.get("contractId"));
        };
    }

    /** Created in {@code [from, to)}; either end may be open. */
    public static Specification<Order> createdBetween(OffsetDateTime from, OffsetDateTime to) {
        return (root, query, cb) -> cb.and(
                from == null ? cb.conjunction() : cb.greaterThanOrEqualTo(root.get("createdAt"), from),
                to == null ? cb.conjunction() : cb.lessThan(root.get("createdAt"), to));
    }

    /** Visits starting in {@code [from, to)} (a technician's day). */
    public static Specification<Order> startingBetween(OffsetDateTime from, OffsetDateTime to) {
        return (root, query, cb) -> cb.and(
                cb.greaterThanOrEqualTo(root.get("scheduledStart"), from), cb.lessThan(root.get("scheduledStart"), to));
    }

    /** Visits overlapping {@code [from, to)} (the calendar). */
    public static Specification<Order> scheduledWithin(OffsetDateTime from, OffsetDateTime to) {
        return (root, query, cb) -> cb.and(
                cb.isNotNull(root.get("technicianId")),
                cb.lessThan(root.get("scheduledStart"), to),
                cb.greaterThan(root.get("scheduledEnd"), from));
    }

    /** Free text: the order number, the ticket number or the customer's name. */
    public static Specification<Order> matching(String text) {
        return (root, query, cb) -> {
            if (text == null || text.isBlank()) {
                return cb.conjunction();
            }
            String pattern = "%"
                    + text.trim().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
            return cb.or(
                    cb.like(cb.lower(root.get("number")), pattern, '\\'),
                    cb.like(cb.lower(root.get("ticketNumber")), pattern, '\\'),
                    cb.like(cb.lower(root.get("contact").get("name")), pattern, '\\'));
        };
    }
}
