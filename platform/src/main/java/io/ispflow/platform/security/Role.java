package io.ispflow.platform.security;

/** The roles of ARCHITECTURE.md, carried in the token's {@code roles} claim. */
public enum Role {
    ADMIN,
    MANAGER,
    SALES,
    PLANNER,
    TECHNICIAN,
    BACKOFFICE;

    /** The Spring Security authority of the role, as used by {@code hasRole(...)}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
