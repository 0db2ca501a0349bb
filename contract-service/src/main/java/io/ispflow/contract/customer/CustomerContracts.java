package io.ispflow.contract.customer;

import io.ispflow.platform.security.Caller;
import io.swagger.v3.oas.annotations.media.Schema;
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

    /** A contract as the customer's page lists it. */
    record ContractSummary(
            @Schema(description = "The contract's id", example = "a3bb189e-8bf9-4888-9912-ace4e6543002") UUID id,
            @Schema(description = "The contract's number", example = "CT-000042") String number,
            @Schema(
                            description = "Where the contract stands",
                            example = "ACTIVE",
                            allowableValues = {"ENABLED", "ACTIVE", "SUSPENDED", "REACTIVATED", "TERMINATED"})
                    String status,
            @Schema(description = "The zone (code) of the place served", example = "NORTE") String zone,
            @Schema(description = "The plan contracted (catalog code)", example = "FIBRA-300") String plan,
            @Schema(description = "The network node (catalog code)", example = "OLT-NORTE-1") String node,
            @Schema(description = "The contract's IP address, if it has one", example = "200.45.10.23")
                    String ipAddress,
            @Schema(description = "When the contract was created", example = "2026-12-01T13:00:00Z")
                    OffsetDateTime createdAt,
            @Schema(description = "When it became ACTIVE", example = "2026-12-03T10:20:00Z")
                    OffsetDateTime activatedAt) {}
}
