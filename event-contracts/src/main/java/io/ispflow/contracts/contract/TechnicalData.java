package io.ispflow.contracts.contract;

import io.ispflow.contracts.Personal;
import io.ispflow.contracts.shared.Equipment;

/**
 * What network provisioning needs to turn the service on.
 *
 * @param node the catalog code of the network node (server, OLT, access point) in the contract's zone
 * @param connectionMode {@code PPPOE}, {@code DHCP} or {@code STATIC_IP}
 * @param ipAddress IPv4 or IPv6; unique among the live contracts of the node
 * @param pppoeUser the PPPoE user, for {@code PPPOE}
 * @param cpe the customer's equipment
 */
public record TechnicalData(
        String node, String connectionMode, String ipAddress, @Personal String pppoeUser, Equipment cpe) {}
