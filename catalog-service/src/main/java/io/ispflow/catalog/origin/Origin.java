package io.ispflow.catalog.origin;

import io.ispflow.catalog.common.CatalogEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Where a lead comes from: the web, a phone call, a Facebook campaign, a referral, a branch... */
@Entity
@Table(name = "origins")
public class Origin extends CatalogEntity {

    protected Origin() {}

    public Origin(String code, String name) {
        super(code, name);
    }

    public void revise(String name) {
        rename(name);
    }
}
