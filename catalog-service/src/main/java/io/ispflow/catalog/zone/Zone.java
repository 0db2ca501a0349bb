package io.ispflow.catalog.zone;

import io.ispflow.catalog.common.CatalogEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A work and coverage area (NORTE, CENTRO, RURAL-ESTE, ...). Leads, tickets, orders and contracts
 * carry one, and users see only the records of their zones.
 */
@Entity
@Table(name = "zones")
public class Zone extends CatalogEntity {

    private String description;

    protected Zone() {}

    public Zone(String code, String name, String description) {
        super(code, name);
        revise(name, description);
    }

    public void revise(String name, String description) {
        rename(name);
        this.description = description == null || description.isBlank() ? null : description.trim();
    }

    public String getDescription() {
        return description;
    }
}
