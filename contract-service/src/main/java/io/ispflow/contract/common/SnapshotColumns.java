package io.ispflow.contract.common;

import io.ispflow.contracts.contract.Pricing;
import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Equipment;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import jakarta.persistence.Converter;
import java.util.List;
import tools.jackson.core.type.TypeReference;

/** The JSON columns of the service: the shared value types of event-contracts, stored whole. */
public final class SnapshotColumns {

    private SnapshotColumns() {}

    @Converter
    public static class ContactColumn extends JsonColumn<Contact> {
        public ContactColumn() {
            super(new TypeReference<>() {});
        }
    }

    @Converter
    public static class OfferColumn extends JsonColumn<Offer> {
        public OfferColumn() {
            super(new TypeReference<>() {});
        }
    }

    @Converter
    public static class LocationColumn extends JsonColumn<Location> {
        public LocationColumn() {
            super(new TypeReference<>() {});
        }
    }

    @Converter
    public static class PricingColumn extends JsonColumn<Pricing> {
        public PricingColumn() {
            super(new TypeReference<>() {});
        }
    }

    @Converter
    public static class EquipmentListColumn extends JsonColumn<List<Equipment>> {
        public EquipmentListColumn() {
            super(new TypeReference<>() {});
        }
    }
}
