package io.ispflow.contract.contract;

import io.swagger.v3.oas.annotations.media.Schema;
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
            @Schema(
                            description = "The installation order to contract",
                            example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c")
                    @NotBlank
                    @Size(max = 100)
                    String orderId,
            @Schema(description = "The technical part back office fills in") @NotNull @Valid TechnicalRequest technical,
            @Schema(description = "Notes on the contract", example = "The customer asks for a call before any visit")
                    @Size(max = 2000)
                    String notes) {}

    /**
     * @param node the catalog code of a node serving the contract's zone
     * @param ipAddress IPv4 or IPv6; required for STATIC_IP, optional otherwise
     * @param pppoeUser required for PPPOE, refused for the other modes
     */
    record TechnicalRequest(
            @Schema(
                            description = "The catalog code of an active node serving the contract's zone",
                            example = "OLT-NORTE-1")
                    @NotBlank
                    @Size(max = 40)
                    String node,
            @Schema(description = "How the customer's equipment gets its address", example = "PPPOE") @NotNull
                    ConnectionMode connectionMode,
            @Schema(
                            description = "IPv4 or IPv6 literal, kept in canonical form; required for STATIC_IP,"
                                    + " optional otherwise (a fixed address or a DHCP reservation); unique on the"
                                    + " node among live contracts",
                            example = "200.45.10.23")
                    @Size(max = 100)
                    String ipAddress,
            @Schema(
                            description = "The PPPoE user: 1 to 64 visible characters, no spaces; required for PPPOE,"
                                    + " refused for the other modes",
                            example = "cliente-4711")
                    @Size(max = 64)
                    String pppoeUser,
            @Schema(description = "The customer's equipment") @Valid CpeRequest cpe) {}

    /** The customer's equipment; the MAC is normalised to {@code AA:BB:CC:DD:EE:FF}. */
    record CpeRequest(
            @Schema(description = "The kind of device", example = "ONT") @Size(max = 40) String type,
            @Schema(description = "The device's model", example = "HG8145V5") @Size(max = 100) String model,
            @Schema(description = "The device's serial number", example = "48575443A1B2C3D4") @Size(max = 100)
                    String serial,
            @Schema(
                            description = "MAC address: colons, hyphens, dotted (aabb.ccdd.eeff) or bare hex;"
                                    + " normalised to AA:BB:CC:DD:EE:FF",
                            example = "AA:BB:CC:DD:EE:FF")
                    @Size(max = 40)
                    String mac) {}

    /** Why a contract is suspended, reactivated or terminated. */
    record Reason(
            @Schema(description = "Why (kept in the contract's history)", example = "Two invoices unpaid")
                    @NotBlank
                    @Size(max = 1000)
                    String reason) {}
}
