package io.ispflow.contract.contract;

import io.ispflow.contracts.contract.Pricing;
import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/**
 * What the "create contract" form shows for an installation order, all filled in: the customer (the
 * lead's existing customer, or the one that will be created), the offer with the prices it would be
 * frozen at now, the place, and the nodes of the zone to choose from. Back office adds only the
 * technical part.
 *
 * @param pricing null when the catalog copy cannot price the offer yet (see {@code warnings})
 * @param installation the installation's outcome when the technician already closed the order: a
 *     contract created for a successful installation is active at once
 * @param warnings what stands in the way of creating the contract right now
 */
record PrefillView(
        @Schema(description = "The installation order", example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c")
                String orderId,
        @Schema(description = "The order's number", example = "O-000123") String orderNumber,
        @Schema(description = "The sales-desk ticket of the order", example = "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b")
                String ticketId,
        @Schema(description = "The lead the order is for", example = "c9bf9e57-1685-4c89-bafb-ff5af830be8a")
                String leadId,
        @Schema(
                        description = "The lead's prospect (the place to serve)",
                        example = "e4eaaaf2-d142-4f6f-8d4c-8d8a7b6c5e4f")
                String prospectId,
        @Schema(description = "The zone (code) of the place", example = "NORTE") String zone,
        @Schema(description = "The customer that holds, or will hold, the contract") Customer customer,
        @Schema(description = "The offer sold (plan and extras)") Offer offer,
        @Schema(description = "The prices the contract would freeze now; null when the catalog copy cannot price it")
                Pricing pricing,
        @Schema(description = "The place to serve") Location location,
        @Schema(description = "The active nodes of the zone, to choose from") List<NodeOption> nodes,
        @Schema(description = "The installation's outcome when the technician already closed the order")
                ContractView.Installation installation,
        @ArraySchema(
                        arraySchema =
                                @Schema(
                                        description = "What stands in the way of creating the contract right now",
                                        example = "[\"No active node serves zone NORTE in the catalog copy.\"]"))
                List<String> warnings) {

    /** The lead's customer: {@code id} and {@code number} are null when the contract will create it. */
    @Schema(name = "PrefillCustomer")
    record Customer(
            @Schema(
                            description = "The existing customer's id; null when the contract will create it",
                            example = "16fd2706-8baf-433b-82eb-8c7fada847da")
                    UUID id,
            @Schema(
                            description = "The existing customer's number; null when the contract will create it",
                            example = "C-000017")
                    String number,
            @Schema(description = "The contact data of the order") Contact contact) {}

    /** A node of the zone the contract can be connected to. */
    record NodeOption(
            @Schema(description = "The node's catalog code", example = "OLT-NORTE-1") String code,
            @Schema(description = "The node's name", example = "OLT Norte 1") String name,
            @Schema(description = "The kind of node", example = "OLT") String kind,
            @Schema(description = "Where the node is", example = "Central Norte, rack 3") String location) {}
}
