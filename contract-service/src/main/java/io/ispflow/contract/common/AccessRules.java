package io.ispflow.contract.common;

/**
 * The role rules of the contract service's endpoints ({@code @PreAuthorize} expressions). Zone
 * visibility comes on top, in every query.
 */
public final class AccessRules {

    /**
     * Every role reads contracts and customers of its zones: sales and managers follow their sales,
     * planners and technicians install what the contract says, back office keeps them.
     */
    public static final String READ = "hasAnyRole('ADMIN', 'MANAGER', 'SALES', 'PLANNER', 'TECHNICIAN', 'BACKOFFICE')";

    /** Creating contracts and moving them through their lifecycle. */
    public static final String WRITE = "hasAnyRole('BACKOFFICE', 'ADMIN')";

    /** The right of access (a lead's personal data, everything the service holds about them). */
    public static final String ADMIN = "hasRole('ADMIN')";

    private AccessRules() {}
}
