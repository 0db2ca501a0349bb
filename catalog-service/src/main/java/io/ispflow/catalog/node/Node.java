package io.ispflow.catalog.node;

import io.ispflow.catalog.common.CatalogEntity;
import io.ispflow.platform.problem.BadRequestException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A server, OLT or access point of the network, in one zone; contracts connect through it. */
@Entity
@Table(name = "nodes")
public class Node extends CatalogEntity {

    private static final int COORDINATE_SCALE = 6;

    @Column(nullable = false)
    private String zone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NodeKind kind;

    private String location;

    private BigDecimal latitude;

    private BigDecimal longitude;

    protected Node() {}

    public Node(String code, String name, String zone, NodeKind kind, Site site) {
        super(code, name);
        revise(name, zone, kind, site);
    }

    /** Where the node is: a site description and, optionally, both coordinates (WGS 84). */
    public record Site(String location, BigDecimal latitude, BigDecimal longitude) {
        public Site {
            if ((latitude == null) != (longitude == null)) {
                throw BadRequestException.invalidField(
                        latitude == null ? "latitude" : "longitude", "give both coordinates or neither");
            }
            location = location == null || location.isBlank() ? null : location.trim();
            latitude = degrees(latitude, "latitude", 90);
            longitude = degrees(longitude, "longitude", 180);
        }

        private static BigDecimal degrees(BigDecimal value, String field, int limit) {
            if (value == null) {
                return null;
            }
            if (value.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
                throw BadRequestException.invalidField(field, "must be between -" + limit + " and " + limit);
            }
            if (value.stripTrailingZeros().scale() > COORDINATE_SCALE) {
                throw BadRequestException.invalidField(field, "must have at most 6 decimals");
            }
            return value.setScale(COORDINATE_SCALE);
        }
    }

    public void revise(String name, String zone, NodeKind kind, Site site) {
        if (zone == null) {
            throw BadRequestException.invalidField("zone", "must not be null");
        }
        if (kind == null) {
            throw BadRequestException.invalidField("kind", "must not be null");
        }
        rename(name);
        this.zone = zone;
        this.kind = kind;
        this.location = site.location();
        this.latitude = site.latitude();
        this.longitude = site.longitude();
    }

    public String getZone() {
        return zone;
    }

    public NodeKind getKind() {
        return kind;
    }

    public String getLocation() {
        return location;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }
}
