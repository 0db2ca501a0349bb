package io.ispflow.contracts.shared;

import io.ispflow.contracts.Personal;

/**
 * Where the service is installed. The zone (a catalog code) decides who may see the records made for
 * this place (zone visibility) and which technicians and network nodes serve it.
 */
public record Location(
        @Personal String address,
        String city,
        @Personal String postalCode,
        String province,
        String country,
        @Personal Double latitude,
        @Personal Double longitude,
        String zone) {}
