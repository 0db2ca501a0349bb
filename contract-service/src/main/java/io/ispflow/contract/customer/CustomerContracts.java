package io.ispflow.contract.customer;

import io.ispflow.platform.security.Caller;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The contracts of a customer, as the customer's page lists them. The contract feature implements it,
 * so customers do not depend on contracts (contracts depend on customers).
 */
public interface CustomerContracts {

    /** The customer's contracts the caller can see (zone visibility), oldest first. */
    List<ContractSummary> of(UUID customerId, Caller caller);

    record ContractSummary(
            UUID id,
            String number,
            String status,
            String zone,
            String plan,
            String node,
            String ipAddress,
            OffsetDateTime createdAt,
            OffsetDateTime activatedAt) {}
}
