package io.ispflow.contract.contract;

/**
 * The life of a contract: {@code ENABLED} when created (waiting for the installation), {@code ACTIVE}
 * once its installation order completes successfully, then {@code SUSPENDED} and {@code REACTIVATED}
 * by back office as often as needed, and {@code TERMINATED} (terminal) from any other status.
 */
public enum ContractStatus {
    ENABLED,
    ACTIVE,
    SUSPENDED,
    REACTIVATED,
    TERMINATED;

    /** Whether the service is on (billing and provisioning treat the contract as live and running). */
    public boolean isRunning() {
        return this == ACTIVE || this == REACTIVATED;
    }

    /**
     * Whether the contract is in force (active, suspended or reactivated): the law (the contract itself,
     * its invoices) requires keeping the customer's identity, so the person cannot be erased meanwhile.
     */
    public boolean isInForce() {
        return this == ACTIVE || this == SUSPENDED || this == REACTIVATED;
    }
}
