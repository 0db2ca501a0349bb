package io.ispflow.contract.contract;

import io.ispflow.contracts.contract.Pricing;
import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
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
        String orderId,
        String orderNumber,
        String ticketId,
        String leadId,
        String prospectId,
        String zone,
        Customer customer,
        Offer offer,
        Pricing pricing,
        Location location,
        List<NodeOption> nodes,
        ContractView.Installation installation,
        List<String> warnings) {

    /** The lead's customer: {@code id} and {@code number} are null when the contract will create it. */
    record Customer(UUID id, String number, Contact contact) {}

    record NodeOption(String code, String name, String kind, String location) {}
}
