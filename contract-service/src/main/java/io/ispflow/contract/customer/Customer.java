package io.ispflow.contract.customer;

import io.ispflow.contract.common.Anonymised;
import io.ispflow.contract.common.JsonColumn;
import io.ispflow.contract.common.SnapshotColumns;
import io.ispflow.contracts.shared.Contact;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A paying customer: created with the first contract of a lead (one customer per lead, who may hold
 * several contracts), numbered {@code C-000123}, with the contact snapshot of that first order. Rows
 * are inserted by {@link CustomerService} (an insert that tolerates a concurrent one for the same lead).
 */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String number;

    @Column(name = "lead_id", nullable = false)
    private String leadId;

    private String zone;

    @Convert(converter = SnapshotColumns.ContactColumn.class)
    @Column(columnDefinition = "jsonb", nullable = false)
    @ColumnTransformer(write = JsonColumn.WRITE)
    private Contact contact;

    /** Extracted by the database from the contact, for searching. */
    @Column(insertable = false, updatable = false)
    private String name;

    @Column(name = "document_number", insertable = false, updatable = false)
    private String documentNumber;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /** When the lead's personal data was erased (the contact then holds no more of the person). */
    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;

    @Version
    private long version;

    protected Customer() {}

    /**
     * The right to erasure: the contact keeps the lead id and the kinds of person and document, the
     * name becomes "erased" and the rest of the person goes (the database recomputes the searchable
     * name and document). Asked again, it changes nothing.
     */
    public void erase(OffsetDateTime at) {
        contact = Anonymised.contact(contact);
        if (erasedAt == null) {
            erasedAt = at;
        }
    }

    public UUID getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getLeadId() {
        return leadId;
    }

    public String getZone() {
        return zone;
    }

    public Contact getContact() {
        return contact;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getErasedAt() {
        return erasedAt;
    }

    public long getVersion() {
        return version;
    }
}
