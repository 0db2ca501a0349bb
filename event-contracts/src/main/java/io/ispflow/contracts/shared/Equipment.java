package io.ispflow.contracts.shared;

/**
 * A device installed at the customer's place (or registered on a contract).
 *
 * @param type e.g. {@code ONT}, {@code ROUTER}, {@code CPE}, {@code ANTENNA}
 * @param mac MAC address, {@code AA:BB:CC:DD:EE:FF}
 */
public record Equipment(String type, String model, String serial, String mac) {}
