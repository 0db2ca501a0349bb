package io.ispflow.contract.contract;

/** How the customer's equipment gets its address. */
public enum ConnectionMode {
    /** A PPPoE session: needs the PPPoE user; an IP address only when it is a fixed one. */
    PPPOE,
    /** Leased by DHCP: an IP address only for a reservation. */
    DHCP,
    /** Configured by hand: needs the IP address. */
    STATIC_IP
}
