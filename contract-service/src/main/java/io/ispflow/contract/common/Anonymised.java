package io.ispflow.contract.common;

import io.ispflow.contracts.shared.Billing;
import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Location;

/**
 * What remains of a person's snapshot after the right to erasure (the lead service's convention): the
 * name becomes {@value #NAME}, every other personal value ({@code @Personal} in event-contracts) null;
 * what identifies nobody (lead id, person and document type, tax condition, city, province, zone) stays.
 * Applying it twice gives the same value, so a repeated erasure changes nothing.
 */
public final class Anonymised {

    /** The name of an erased person. */
    public static final String NAME = "erased";

    private Anonymised() {}

    public static Contact contact(Contact contact) {
        if (contact == null) {
            return null;
        }
        return new Contact(
                contact.leadId(),
                contact.personType(),
                NAME,
                contact.documentType(),
                null,
                null,
                null,
                null,
                billing(contact.billing()));
    }

    public static Billing billing(Billing billing) {
        if (billing == null) {
            return null;
        }
        return new Billing(null, billing.taxCondition(), billing.invoiceType(), null, billing.additionalTaxes());
    }

    /** The place without its address, postal code and position; city, province, country and zone stay. */
    public static Location location(Location location) {
        if (location == null) {
            return null;
        }
        return new Location(
                null, location.city(), null, location.province(), location.country(), null, null, location.zone());
    }
}
