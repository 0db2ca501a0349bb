package io.ispflow.order.web;

/**
 * The role rules of the order service's endpoints, in one place ({@code @PreAuthorize} expressions).
 * Zone visibility and "a technician only sees their own orders" come on top, in the queries.
 */
public final class AccessRules {

    /** SALES and MANAGER follow their orders, BACKOFFICE looks for "contract not generated". */
    public static final String READ_ORDERS =
            "hasAnyRole('ADMIN', 'MANAGER', 'SALES', 'PLANNER', 'TECHNICIAN', 'BACKOFFICE')";

    /** The unscheduled column and the calendar: every reader but a technician (who has their day). */
    public static final String READ_PLANNING = "hasAnyRole('ADMIN', 'MANAGER', 'SALES', 'PLANNER', 'BACKOFFICE')";

    /** Putting orders on the calendar, and keeping the technicians. */
    public static final String PLAN = "hasAnyRole('PLANNER', 'ADMIN')";

    public static final String CANCEL = "hasAnyRole('PLANNER', 'ADMIN', 'SALES', 'MANAGER')";

    /** Starting and completing a visit: the assigned technician (admins may stand in). */
    public static final String FIELDWORK = "hasAnyRole('TECHNICIAN', 'ADMIN')";

    public static final String UPLOAD_PHOTOS = "hasAnyRole('TECHNICIAN', 'PLANNER', 'ADMIN')";

    /** The right of access: what the service holds about a person, for an administrator only. */
    public static final String PERSONAL_DATA = "hasRole('ADMIN')";

    private AccessRules() {}
}
