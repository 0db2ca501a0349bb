package io.ispflow.salesdesk.ticket;

import io.ispflow.contracts.shared.Billing;
import io.ispflow.contracts.shared.Contact;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;

/** The lead's contact and billing data as they were when the ticket was opened. */
@Embeddable
class ContactSnapshot {

    @Column(name = "contact_person_type")
    private String personType;

    @Column(name = "contact_name", nullable = false)
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

    @Column(name = "billing_business_name")
    private String businessName;

    @Column(name = "billing_tax_condition")
    private String taxCondition;

    @Column(name = "billing_invoice_type")
    private String invoiceType;

    @Column(name = "billing_tax_id")
    private String taxId;

    @Column(name = "billing_additional_taxes")
    private String additionalTaxes;

    protected ContactSnapshot() {}

    static ContactSnapshot of(Contact contact) {
        Objects.requireNonNull(contact, "contact");
        if (contact.name() == null || contact.name().isBlank()) {
            throw new IllegalArgumentException("A ticket's contact needs a name");
        }
        ContactSnapshot snapshot = new ContactSnapshot();
        snapshot.personType = contact.personType();
        snapshot.name = contact.name();
        snapshot.documentType = contact.documentType();
        snapshot.documentNumber = contact.documentNumber();
        snapshot.email = contact.email();
        snapshot.phone = contact.phone();
        snapshot.mobile = contact.mobile();
        Billing billing = contact.billing();
        if (billing != null) {
            snapshot.businessName = billing.businessName();
            snapshot.taxCondition = billing.taxCondition();
            snapshot.invoiceType = billing.invoiceType();
            snapshot.taxId = billing.taxId();
            snapshot.additionalTaxes = billing.additionalTaxes();
        }
        return snapshot;
    }

    String name() {
        return name;
    }

    /**
     * The right to erasure, as the lead service does it: the name becomes {@value Ticket#ERASED}, every
     * other field (person and document type included, and the whole billing) is dropped.
     */
    void erase() {
        personType = null;
        name = Ticket.ERASED;
        documentType = null;
        documentNumber = null;
        email = null;
        phone = null;
        mobile = null;
        businessName = null;
        taxCondition = null;
        invoiceType = null;
        taxId = null;
        additionalTaxes = null;
    }

    Contact toContact(UUID leadId) {
        boolean hasBilling = businessName != null
                || taxCondition != null
                || invoiceType != null
                || taxId != null
                || additionalTaxes != null;
        return new Contact(
                leadId.toString(),
                personType,
                name,
                documentType,
                documentNumber,
                email,
                phone,
                mobile,
                hasBilling ? new Billing(businessName, taxCondition, invoiceType, taxId, additionalTaxes) : null);
    }
}
