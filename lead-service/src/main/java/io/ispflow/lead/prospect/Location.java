package io.ispflow.lead.prospect;

import io.ispflow.lead.common.Text;

/** Where the service would be installed; the zone decides who sees the prospect. */
public record Location(
        String address,
        String city,
        String postalCode,
        String province,
        String country,
        Double latitude,
        Double longitude,
        String zone) {

    public Location {
        address = Text.clean(address);
        city = Text.clean(city);
        postalCode = Text.clean(postalCode);
        province = Text.clean(province);
        country = Text.clean(country);
        zone = Text.clean(zone);
    }

    Location withZone(String newZone) {
        return new Location(address, city, postalCode, province, country, latitude, longitude, newZone);
    }
}
