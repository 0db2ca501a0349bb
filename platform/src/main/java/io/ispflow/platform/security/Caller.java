package io.ispflow.platform.security;

import java.util.Set;

/**
 * Who is calling: the verified token's {@code sub}, {@code name}, {@code roles} and {@code zones}.
 * Controllers take it as a parameter; services pass it to the queries that must honour zone
 * visibility.
 */
public record Caller(String subject, String name, Set<Role> roles, Set<String> zones) {

    public Caller {
        roles = Set.copyOf(roles);
        zones = Set.copyOf(zones);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... candidates) {
        for (Role candidate : candidates) {
            if (roles.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** A user with no zones sees every zone (the rule of the seed documents). */
    public boolean seesAllZones() {
        return zones.isEmpty();
    }

    /** Whether a record in {@code zone} is visible: all zones, a zone of the caller, or no zone. */
    public boolean canSee(String zone) {
        return seesAllZones() || zone == null || zones.contains(zone);
    }

    /**
     * Whether the caller may put a record into {@code zone} (create it there or move it there).
     * Nobody creates or moves a record into a zone they do not hold.
     */
    public boolean holds(String zone) {
        return seesAllZones() || zone == null || zones.contains(zone);
    }
}
