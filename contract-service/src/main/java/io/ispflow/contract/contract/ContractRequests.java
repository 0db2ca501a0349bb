package io.ispflow.contract.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the contract endpoints. */
final class ContractRequests {

    private ContractRequests() {}

    /**
     * Create a contract from an installation order: everything else comes from the order and the
     * catalog; back office gives only the technical part (and notes).
     */
    record CreateContract(
            @NotBlank @Size(max = 100) String orderId,
            @NotNull @Valid TechnicalRequest technical,
            @Size(max = 2000) String notes) {}

    /**
     * @param node the catalog code of a node serving the contract's zone
     * @param ipAddress IPv4 or IPv6; required for STATIC_IP, optional otherwise
     * @param pppoeUser required for PPPOE, refused for the other modes
     */
    record TechnicalRequest(
            @NotBlank @Size(max = 40) String node,
            @NotNull ConnectionMode connectionMode,
            @Size(max = 100) String ipAddress,
            @Size(max = 64) String pppoeUser,
            @Valid CpeRequest cpe) {}

    /** The customer's equipment; the MAC is normalised to {@code AA:BB:CC:DD:EE:FF}. */
    record CpeRequest(
            @Size(max = 40) String type,
            @Size(max = 100) String model,
            @Size(max = 100) String serial,
            @Size(max = 40) String mac) {}

    /** Why a contract is suspended, reactivated or terminated. */
    record Reason(@NotBlank @Size(max = 1000) String reason) {}
}
