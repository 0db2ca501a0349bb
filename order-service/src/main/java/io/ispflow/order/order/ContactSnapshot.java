package io.ispflow.order.order;

import io.ispflow.contracts.shared.Contact;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** Who the customer is, as the ticket carried it when the order was made. */
@Embeddable
public class ContactSnapshot {

    @Column(name = "contact_lead_id")
    private String leadId;

    @Column(name = "contact_person_type")
    private String personType;

    @Column(name = "contact_name")
    private String name;

    @Column(name = "contact_document_type")
    private String documentType;

    @Column(name = "contact_document_number")
    private String documentNumber;

    @Column(name = "contact_email")
    private String email;

    @Column(name = "contact_phone")
    private String phone;

    @Column(name = "contact_mobile")
    private String mobile;

    @Embedded
    private BillingSnapshot billing;

    protected ContactSnapshot() {}

    static ContactSnapshot of(Contact contact) {
        if (contact == null) {
            return null;
        }
        ContactSnapshot snapshot = new ContactSnapshot();
        snapshot.leadId = contact.leadId();
        snapshot.personType = contact.personType();
        snapshot.name = contact.name();
        snapshot.documentType = contact.documentType();
        snapshot.documentNumber = contact.documentNumber();
        snapshot.email = contact.email();
        snapshot.phone = contact.phone();
        snapshot.mobile = contact.mobile();
        snapshot.billing = BillingSnapshot.of(contact.billing());
        return snapshot;
    }

    public String name() {
        return name;
    }

    /**
     * The right to erasure: the name becomes {@value Order#ERASED}, every other personal value (person
     * type, document, e-mail, phones, billing) is dropped; the lead's id stays.
     */
    void erase() {
        personType = null;
        name = Order.ERASED;
        documentType = null;
        documentNumber = null;
        email = null;
        phone = null;
        mobile = null;
        billing = null;
    }

    Contact toContact() {
        return new Contact(
                leadId,
                personType,
                name,
                documentType,
                documentNumber,
                email,
                phone,
                mobile,
                billing == null ? null : billing.toBilling());
    }
}
