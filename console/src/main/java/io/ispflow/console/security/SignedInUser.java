package io.ispflow.console.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is signed in, as the header shows it: the name (never the raw subject), roles and zones from the ID token.
 * What the pages offer follows the roles, but what a user may see and do is decided by the API alone.
 */
public record SignedInUser(String subject, String name, List<String> roles, List<String> zones) {

    public static SignedInUser of(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return null;
        }
        String name =
                firstNonBlank(user.getFullName(), user.getPreferredUsername(), user.getGivenName(), user.getSubject());
        return new SignedInUser(
                user.getSubject(), name, strings(user.getClaim("roles")), strings(user.getClaim("zones")));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... wanted) {
        return Set.of(wanted).stream().anyMatch(roles::contains);
    }

    /** Salespeople, managers and admins register leads and open tickets. */
    public boolean canSell() {
        return hasAnyRole("SALES", "MANAGER", "ADMIN");
    }

    public boolean isManager() {
        return hasAnyRole("MANAGER", "ADMIN");
    }

    /** Planners (and admins) put orders on the technicians' calendar and keep the technicians. */
    public boolean canPlan() {
        return hasAnyRole("PLANNER", "ADMIN");
    }

    /** Back office (and admins) make and keep the contracts. */
    public boolean isBackOffice() {
        return hasAnyRole("BACKOFFICE", "ADMIN");
    }

    public boolean isTechnician() {
        return hasRole("TECHNICIAN");
    }

    public boolean isAdmin() {
        return hasRole("ADMIN");
    }

    /** Where the person's work starts: the technician's day, the planning, back office, or the lead grid. */
    public String home() {
        if (canSell()) {
            return "/leads";
        }
        if (isTechnician()) {
            return "/my-day";
        }
        if (canPlan()) {
            return "/planning";
        }
        if (isBackOffice()) {
            return "/backoffice";
        }
        return "/tickets";
    }

    private static List<String> strings(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).sorted().toList();
        }
        if (claim instanceof String s && !s.isBlank()) {
            return List.of(s);
        }
        return List.of();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }
}
