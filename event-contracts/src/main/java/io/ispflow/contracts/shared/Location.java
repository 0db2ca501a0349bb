package io.ispflow.contracts.shared;

/**
 * Where the service is installed. The zone (a catalog code) decides who may see the records made for
 * this place (zone visibility) and which technicians and network nodes serve it.
 */
public record Location(
        String address,
        String city,
        String postalCode,
        String province,
        String country,
        Double latitude,
        Double longitude,
        String zone) {}
