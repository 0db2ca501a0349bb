package io.ispflow.order.order;

import io.ispflow.contracts.shared.Location;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where the visit takes place, as the ticket carried it. */
@Embeddable
public class LocationSnapshot {

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
        if (location == null) {
            return null;
        }
        LocationSnapshot snapshot = new LocationSnapshot();
        snapshot.address = location.address();
        snapshot.city = location.city();
        snapshot.postalCode = location.postalCode();
        snapshot.province = location.province();
        snapshot.country = location.country();
        snapshot.latitude = location.latitude();
        snapshot.longitude = location.longitude();
        snapshot.zone = location.zone();
        return snapshot;
    }

    public String address() {
        return address;
    }

    public String city() {
        return city;
    }

    /**
     * The right to erasure: the exact place goes (address, postal code, position); city, province,
     * country and zone stay.
     */
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
