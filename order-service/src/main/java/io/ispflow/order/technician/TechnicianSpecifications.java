package io.ispflow.order.technician;

import io.ispflow.platform.security.Caller;
import java.util.Collection;
import java.util.UUID;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the technician lists (the technicians list and the calendar's rows). */
public final class TechnicianSpecifications {

    private TechnicianSpecifications() {}

    public static Specification<Technician> servingZone(String zone) {
        return (root, query, cb) -> zone == null
                ? cb.conjunction()
                : ((HibernateCriteriaBuilder) cb).collectionContains(root.<Collection<String>>get("zones"), zone);
    }

    /** Technicians serving at least one of the caller's zones (every technician for a caller without zones). */
    public static Specification<Technician> servingZonesOf(Caller caller) {
        return (root, query, cb) -> {
            if (caller.seesAllZones()) {
                return cb.conjunction();
            }
            var zones = root.<Collection<String>>get("zones");
            return cb.or(caller.zones().stream()
                    .map(zone -> ((HibernateCriteriaBuilder) cb).collectionContains(zones, zone))
                    .toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    public static Specification<Technician> withSkill(String skill) {
        return (root, query, cb) -> skill == null
                ? cb.conjunction()
                : ((HibernateCriteriaBuilder) cb).collectionContains(root.<Collection<String>>get("skills"), skill);
    }

    public static Specification<Technician> active(Boolean active) {
        return (root, query, cb) -> active == null ? cb.conjunction() : cb.equal(root.get("active"), active);
    }

    public static Specification<Technician> nameContains(String text) {
        return (root, query, cb) -> text == null || text.isBlank()
                ? cb.conjunction()
                : cb.like(cb.lower(root.get("name")), "%" + text.toLowerCase(java.util.Locale.ROOT) + "%");
    }

    public static Specification<Technician> withId(UUID id) {
        return (root, query, cb) -> id == null ? cb.conjunction() : cb.equal(root.get("id"), id);
    }
}
