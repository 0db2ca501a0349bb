package io.ispflow.salesdesk.ticket;

import io.ispflow.contracts.shared.Location;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where the service is to be installed, as the prospect had it when the ticket was opened. */
@Embeddable
class LocationSnapshot {

    @Column(name = "location_address")
    private String address;

    @Column(name = "location_city")
    private String city;

    @Column(name = "location_postal_code")
    private String postalCode;

    @Column(name = "location_province")
    private String province;

    @Column(name = "location_country")
    private String country;

    @Column(name = "location_latitude")
    private Double latitude;

    @Column(name = "location_longitude")
    private Double longitude;

    @Column(name = "location_zone")
    private String zone;

    protected LocationSnapshot() {}

    static LocationSnapshot of(Location location) {
        LocationSnapshot snapshot = new LocationSnapshot();
        if (location != null) {
            snapshot.address = location.address();
            snapshot.city = location.city();
            snapshot.postalCode = location.postalCode();
            snapshot.province = location.province();
            snapshot.country = location.country();
            snapshot.latitude = location.latitude();
            snapshot.longitude = location.longitude();
            snapshot.zone = location.zone();
        }
        return snapshot;
    }

    /** The right to erasure: the exact place goes; city, province, country and zone identify nobody. */
    void erase() {
        address = null;
        postalCode = null;
        latitude = null;
        longitude = null;
    }

    Location toLocation() {
        return new Location(address, city, postalCode, province, country, latitude, longitude, zone);
    }
}
