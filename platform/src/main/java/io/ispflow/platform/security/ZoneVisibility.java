package io.ispflow.platform.security;

import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.problem.ForbiddenException;
import io.ispflow.platform.problem.NotFoundException;
import java.util.function.Function;
import org.springframework.data.jpa.domain.Specification;

/**
 * The zone-visibility rule, in one place, for every service's queries: a caller with no zones sees
 * everything; a caller with zones sees records in one of them and records with no zone. A record
 * outside the caller's zones is "not found" (never a 403 that confirms it exists), and nobody puts a
 * record into a zone they do not hold.
 */
public final class ZoneVisibility {

    private ZoneVisibility() {}

    /** A JPA criteria filter on the entity attribute holding the zone code. */
    public static <T> Specification<T> visibleTo(Caller caller, String zoneAttribute) {
        return (root, query, cb) -> {
            if (caller.seesAllZones()) {
                return cb.conjunction();
            }
            var zone = root.<String>get(zoneAttribute);
            return cb.or(cb.isNull(zone), zone.in(caller.zones()));
        };
    }

    /**
     * A SQL predicate for native queries, to be used with the parameters of {@link #sqlParameters}:
     * {@code :zonesUnrestricted} and {@code :zones}.
     */
    public static String sqlPredicate(String zoneColumn) {
        return "(:zonesUnrestricted OR " + zoneColumn + " IS NULL OR " + zoneColumn + " = ANY(:zones))";
    }

    public static java.util.Map<String, Object> sqlParameters(Caller caller) {
        return java.util.Map.of(
                "zonesUnrestricted",
                caller.seesAllZones(),
                "zones",
                caller.zones().toArray(String[]::new));
    }

    /** Returns the record when the caller can see it, otherwise the 404 an unknown id would get. */
    public static <T> T requireVisible(Caller caller, T record, Function<T, String> zoneOf, String what, Object id) {
        if (record == null || !caller.canSee(zoneOf.apply(record))) {
            throw new NotFoundException(what, id);
        }
        return record;
    }

    /**
     * The rule for records a person places in a zone (leads and prospects; ADR 0016): a caller with zones
     * must name one of them ({@code field} is then required: 400), so nobody with zones can make a record
     * visible to every zone by leaving it out; a caller without zones may leave it empty (a record shared
     * by all zones) or name any zone. A named zone the caller does not hold is a 403.
     */
    public static void requirePlacedInHeldZone(Caller caller, String zone, String field) {
        if ((zone == null || zone.isBlank()) && !caller.seesAllZones()) {
            throw BadRequestException.invalidField(
                    field,
                    "is required: choose one of your zones ("
                            + String.join(", ", new java.util.TreeSet<>(caller.zones())) + ")");
        }
        requireHolds(caller, zone);
    }

    /** Refuses to create or move a record into a zone the caller does not hold. */
    public static void requireHolds(Caller caller, String zone) {
        if (!caller.holds(zone)) {
            throw new ForbiddenException("zone-not-held", "You cannot place a record in zone " + zone + ".");
        }
    }
}
