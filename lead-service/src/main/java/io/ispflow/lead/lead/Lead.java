package io.ispflow.lead.lead;

import io.ispflow.lead.history.FieldChange;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.problem.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A potential customer: contact, identity and billing data, where it came from (origin) and belongs
 * (zone), who works it (assignee), how far the sales work went (status) and how far it converted
 * (stage). The lead guards its own rules: the name is required, a discarded status has a reason, stages
 * only move forward, a customer's identity is read-only, and an erased lead cannot change.
 */
@Entity
@Table(name = "lead")
public class Lead {

    /** The fields that identify a customer; read-only once the lead is a CUSTOMER (contracts carry them). */
    public static final List<String> IDENTITY_FIELDS =
            List.of("personType", "name", "documentType", "documentNumber", "billing.taxId");

    public static final String ERASED_NAME = "erased";

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private PersonType personType;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    private DocumentType documentType;

    private String documentNumber;
    private String email;
    private String phone;
    private String mobile;
    private String notes;
    private String origin;
    private String zone;

    @Embedded
    private BillingData billing;

    private String assignee;
    private String channel;
    private String campaign;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeadStatus status;

    private String discardReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeadStage stage;

    private UUID importId;
    private Instant importedAt;
    private Instant erasedAt;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String createdBy;

    @Column(nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    private String updatedBy;

    @Version
    private Long version;

    protected Lead() {}

    /** A new lead, NEW and at stage LEAD. */
    public static Lead register(UUID id, LeadDetails details, String assignee, Instant now, String by) {
        Lead lead = new Lead();
        lead.id = id;
        lead.apply(details);
        lead.assignee = assignee;
        lead.status = LeadStatus.NEW;
        lead.stage = LeadStage.LEAD;
        lead.createdAt = now;
        lead.createdBy = by;
        lead.updatedAt = now;
        lead.updatedBy = by;
        return lead;
    }

    /** Marks a new lead as created by an import (the stale-lead policy counts from then). */
    void markImported(UUID importId, Instant at) {
        this.importId = importId;
        this.importedAt = at;
    }

    /**
     * Replaces the editable data; returns the fields that changed (none: nothing happened). Refused on
     * an erased lead, and for a customer's identity fields.
     */
    public List<FieldChange> edit(LeadDetails details, Instant now, String by) {
        requireNotErased();
        List<FieldChange> changes = changesTo(details);
        if (stage == LeadStage.CUSTOMER) {
            List<String> touched = changes.stream()
                    .map(FieldChange::field)
                    .filter(IDENTITY_FIELDS::contains)
                    .toList();
            if (!touched.isEmpty()) {
                throw new ConflictException(
                                "customer-identity-read-only",
                                "The lead is a customer: its identity (" + String.join(", ", touched)
                                        + ") can no longer change here.")
                        .with("fields", touched);
            }
        }
        if (!changes.isEmpty()) {
            apply(details);
            touch(now, by);
        }
        return changes;
    }

    /** Sets the sales status; DISCARDED needs a reason. Returns the changes (none when already so). */
    public List<FieldChange> changeStatus(LeadStatus newStatus, String reason, Instant now, String by) {
        requireNotErased();
        Objects.requireNonNull(newStatus, "status");
        String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (newStatus == LeadStatus.DISCARDED && cleanReason == null) {
            throw BadRequestException.invalidField("discardReason", "is required to discard a lead");
        }
        if (newStatus != LeadStatus.DISCARDED && cleanReason != null) {
            throw BadRequestException.invalidField("discardReason", "only a discarded lead has a discard reason");
        }
        List<FieldChange> changes = new FieldChange.Collector()
                .compare("status", status, newStatus)
                .compare("discardReason", discardReason, cleanReason)
                .changes();
        if (!changes.isEmpty()) {
            status = newStatus;
            discardReason = cleanReason;
            touch(now, by);
        }
        return changes;
    }

    /** Gives the lead to another salesperson (null: nobody). Returns the change, if any. */
    public Optional<FieldChange> reassign(String newAssignee, Instant now, String by) {
        requireNotErased();
        if (Objects.equals(assignee, newAssignee)) {
            return Optional.empty();
        }
        FieldChange change = FieldChange.of("assignee", assignee, newAssignee);
        assignee = newAssignee;
        touch(now, by);
        return Optional.of(change);
    }

    /**
     * A conversion: moves the stage forward to {@code target}; nothing when the lead is already there
     * or further (a repeated or late conversion event changes nothing).
     */
    public Optional<FieldChange> advanceTo(LeadStage target, Instant now, String by) {
        if (!stage.isBefore(target)) {
            return Optional.empty();
        }
        FieldChange change = FieldChange.of("stage", stage, target);
        stage = target;
        touch(now, by);
        return Optional.of(change);
    }

    /**
     * Right to erasure: drops every personal field, keeps what the pipeline needs (id, zone, origin,
     * stage, status, dates). The lead cannot be changed afterwards.
     */
    public void erase(Instant now, String by) {
        requireNotErased();
        name = ERASED_NAME;
        personType = null;
        documentType = null;
        documentNumber = null;
        email = null;
        phone = null;
        mobile = null;
        notes = null;
        billing = null;
        discardReason = discardReason == null ? null : ERASED_NAME;
        erasedAt = now;
        touch(now, by);
    }

    /**
     * The stale-lead policy: only an imported lead that nobody was ever assigned to, that never became a
     * prospect, and that was imported at least {@code staleAfter} ago may be deleted.
     */
    public void requireDeletable(Instant now, Duration staleAfter) {
        if (importId == null || importedAt == null) {
            throw new ConflictException(
                    "lead-not-deletable", "Only imported leads left unassigned can be deleted; discard this one.");
        }
        if (assignee != null) {
            throw new ConflictException(
                    "lead-not-deletable",
                    "The lead is assigned to " + assignee + "; only unassigned leads can be deleted.");
        }
        if (stage != LeadStage.LEAD) {
            throw new ConflictException("lead-not-deletable", "The lead is already a " + stage + ".");
        }
        Instant deletableFrom = importedAt.plus(staleAfter);
        if (now.isBefore(deletableFrom)) {
            throw new ConflictException(
                            "lead-not-stale-yet",
                            "An imported lead can be deleted once it has been unassigned for " + staleAfter.toDays()
                                    + " days, from " + deletableFrom + ".")
                    .with("deletableFrom", deletableFrom.toString());
        }
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    private void requireNotErased() {
        if (isErased()) {
            throw new ConflictException("lead-erased", "The lead's personal data was erased; it can no longer change.");
        }
    }

    private void apply(LeadDetails details) {
        if (details.name() == null) {
            throw BadRequestException.invalidField("name", "must not be blank");
        }
        personType = details.personType();
        name = details.name();
        documentType = details.documentType();
        documentNumber = details.documentNumber();
        email = details.email();
        phone = details.phone();
        mobile = details.mobile();
        notes = details.notes();
        origin = details.origin();
        zone = details.zone();
        billing = details.billing();
        channel = details.channel();
        campaign = details.campaign();
    }

    /** Every editable field's before and after, for history and events; empty when nothing differs. */
    public List<FieldChange> changesTo(LeadDetails details) {
        BillingData newBilling = details.billing();
        return new FieldChange.Collector()
                .compare("personType", personType, details.personType())
                .compare("name", name, details.name())
                .compare("documentType", documentType, details.documentType())
                .compare("documentNumber", documentNumber, details.documentNumber())
                .compare("email", email, details.email())
                .compare("phone", phone, details.phone())
                .compare("mobile", mobile, details.mobile())
                .compare("notes", notes, details.notes())
                .compare("origin", origin, details.origin())
                .compare("zone", zone, details.zone())
                .compare(
                        "billing.businessName",
                        billing == null ? null : billing.getBusinessName(),
                        newBilling == null ? null : newBilling.getBusinessName())
                .compare(
                        "billing.taxCondition",
                        billing == null ? null : billing.getTaxCondition(),
                        newBilling == null ? null : newBilling.getTaxCondition())
                .compare(
                        "billing.invoiceType",
                        billing == null ? null : billing.getInvoiceType(),
                        newBilling == null ? null : newBilling.getInvoiceType())
                .compare("billing.taxId", BillingData.taxIdOf(billing), BillingData.taxIdOf(newBilling))
                .compare(
                        "billing.additionalTaxes",
                        billing == null ? null : billing.getAdditionalTaxes(),
                        newBilling == null ? null : newBilling.getAdditionalTaxes())
                .compare("channel", channel, details.channel())
                .compare("campaign", campaign, details.campaign())
                .changes();
    }

    /** Every field the new lead has, as changes from nothing (its first history entry). */
    List<FieldChange> changesFromNothing() {
        List<FieldChange> changes = new java.util.ArrayList<>(new Lead().changesTo(details()));
        changes.add(FieldChange.of("status", null, status));
        changes.add(FieldChange.of("stage", null, stage));
        return changes;
    }

    /** The editable data as it is now. */
    public LeadDetails details() {
        return new LeadDetails(
                personType,
                name,
                documentType,
                documentNumber,
                email,
                phone,
                mobile,
                notes,
                origin,
                zone,
                billing,
                channel,
                campaign);
    }

    private void touch(Instant now, String by) {
        updatedAt = now;
        updatedBy = by;
    }

    public UUID getId() {
        return id;
    }

    public PersonType getPersonType() {
        return personType;
    }

    public String getName() {
        return name;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getMobile() {
        return mobile;
    }

    public String getNotes() {
        return notes;
    }

    public String getOrigin() {
        return origin;
    }

    public String getZone() {
        return zone;
    }

    public BillingData getBilling() {
        return billing;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getChannel() {
        return channel;
    }

    public String getCampaign() {
        return campaign;
    }

    public LeadStatus getStatus() {
        return status;
    }

    public String getDiscardReason() {
        return discardReason;
    }

    public LeadStage getStage() {
        return stage;
    }

    public UUID getImportId() {
        return importId;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    /** The version, 0 once created; the resource's ETag. */
    public long getVersion() {
        return version == null ? 0 : version;
    }
}
