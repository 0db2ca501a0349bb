package io.ispflow.contract.contract;

import io.ispflow.contract.common.Anonymised;
import io.ispflow.contract.common.JsonColumn;
import io.ispflow.contract.common.SnapshotColumns;
import io.ispflow.contract.installation.InstallationOutcome;
import io.ispflow.contracts.contract.Pricing;
import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import io.ispflow.platform.problem.ConflictException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A customer's contract, made by back office from an installation order: the customer, offer and
 * place as the order carried them, the prices frozen from the catalog at creation, and the technical
 * part. Its life ({@link ContractStatus}) moves only through the methods here; an illegal move is a
 * 409 {@code illegal-transition}.
 */
@Entity
@Table(name = "contract")
public class Contract {

    /** Who moves a contract when no user does: the installation order's completion. */
    static final String INSTALLATION = "installation";

    @Id
    private UUID id;

    @Column(nullable = false)
    private String number;

    @Column(name = "order_id", nullable = false)
    private String orderId;

    @Column(name = "order_number")
    private String orderNumber;

    @Column(name = "ticket_id")
    private String ticketId;

    @Column(name = "lead_id", nullable = false)
    private String leadId;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "customer_number", nullable = false)
    private String customerNumber;

    private String zone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContractStatus status;

    @Convert(converter = SnapshotColumns.ContactColumn.class)
    @Column(columnDefinition = "jsonb", nullable = false)
    @ColumnTransformer(write = JsonColumn.WRITE)
    private Contact contact;

    @Convert(converter = SnapshotColumns.OfferColumn.class)
    @Column(columnDefinition = "jsonb", nullable = false)
    @ColumnTransformer(write = JsonColumn.WRITE)
    private Offer offer;

    @Convert(converter = SnapshotColumns.LocationColumn.class)
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = JsonColumn.WRITE)
    private Location location;

    @Convert(converter = SnapshotColumns.PricingColumn.class)
    @Column(columnDefinition = "jsonb", nullable = false)
    @ColumnTransformer(write = JsonColumn.WRITE)
    private Pricing pricing;

    @Embedded
    private Technical technical;

    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "installation_outcome")
    private InstallationOutcome installationOutcome;

    @Column(name = "installation_reason")
    private String installationReason;

    @Column(name = "installation_at")
    private OffsetDateTime installationAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "activated_at")
    private OffsetDateTime activatedAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    /** When the customer's personal data was erased from the contract; it can never become active after. */
    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;

    /** Null until first stored, so Spring Data persists (not merges) a new contract. */
    @Version
    private Long version;

    @ElementCollection
    @CollectionTable(name = "contract_status_change", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<StatusChange> history = new ArrayList<>();

    protected Contract() {}

    /** What a new contract is made of: the order's snapshot, its customer, frozen prices, the technical part. */
    record Terms(
            String number,
            String orderId,
            String orderNumber,
            String ticketId,
            String leadId,
            UUID customerId,
            String customerNumber,
            String zone,
            Contact contact,
            Offer offer,
            Location location,
            Pricing pricing,
            Technical technical,
            String notes) {}

    /** A new contract, {@code ENABLED}: waiting for its installation. */
    static Contract create(Terms terms, String by, OffsetDateTime now) {
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.number = Objects.requireNonNull(terms.number());
        contract.orderId = Objects.requireNonNull(terms.orderId());
        contract.orderNumber = terms.orderNumber();
        contract.ticketId = terms.ticketId();
        contract.leadId = Objects.requireNonNull(terms.leadId());
        contract.customerId = Objects.requireNonNull(terms.customerId());
        contract.customerNumber = Objects.requireNonNull(terms.customerNumber());
        contract.zone = terms.zone();
        contract.contact = Objects.requireNonNull(terms.contact());
        contract.offer = Objects.requireNonNull(terms.offer());
        contract.location = terms.location();
        contract.pricing = Objects.requireNonNull(terms.pricing());
        contract.technical = Objects.requireNonNull(terms.technical());
        contract.notes = terms.notes();
        contract.createdBy = by;
        contract.createdAt = now;
        contract.status = ContractStatus.ENABLED;
        contract.moveTo(ContractStatus.ENABLED, null, by, now);
        return contract;
    }

    /**
     * The installation order was closed. Only an {@code ENABLED} contract takes notice: a success
     * activates it (returns true), a failure is recorded and leaves it {@code ENABLED}, visibly. A
     * contract already active, suspended or terminated stays as it is, so a repeated or late
     * completion changes nothing.
     */
    boolean installationCompleted(InstallationOutcome outcome, String reason, OffsetDateTime completedAt) {
        if (status != ContractStatus.ENABLED) {
            return false;
        }
        if (isErased()) {
            throw customerErased(this);
        }
        installationOutcome = outcome;
        installationReason = outcome == InstallationOutcome.FAILED ? reason : null;
        installationAt = completedAt;
        if (outcome != InstallationOutcome.SUCCESS) {
            updatedAt = completedAt.isAfter(createdAt) ? completedAt : createdAt;
            return false;
        }
        // active since the installation, but never before the contract existed
        OffsetDateTime at = completedAt.isAfter(createdAt) ? completedAt : createdAt;
        activatedAt = at;
        moveTo(ContractStatus.ACTIVE, null, INSTALLATION, at);
        return true;
    }

    /** Back office stops the service (for example for non-payment): from ACTIVE or REACTIVATED. */
    void suspend(String reason, String by, OffsetDateTime now) {
        requireStatus(EnumSet.of(ContractStatus.ACTIVE, ContractStatus.REACTIVATED), "suspend");
        moveTo(ContractStatus.SUSPENDED, reason, by, now);
    }

    /** A suspended contract runs again. */
    void reactivate(String reason, String by, OffsetDateTime now) {
        requireStatus(EnumSet.of(ContractStatus.SUSPENDED), "reactivate");
        moveTo(ContractStatus.REACTIVATED, reason, by, now);
    }

    /** The end, from any other status; the IP address is free for another contract of the node. */
    void terminate(String reason, String by, OffsetDateTime now) {
        requireStatus(EnumSet.complementOf(EnumSet.of(ContractStatus.TERMINATED)), "terminate");
        moveTo(ContractStatus.TERMINATED, reason, by, now);
    }

    /**
     * The right to erasure, for a contract that is not in force (ENABLED or TERMINATED): the customer
     * snapshot keeps only what identifies nobody (its name becomes "erased"), the place loses its
     * address, postal code and position, the PPPoE user, the notes and the free-text reasons go. The
     * number, zone, offer, prices, node, IP address, statuses and dates stay. An erased contract never
     * becomes active. Asked again, it changes nothing.
     *
     * @throws IllegalStateException for a contract in force: its customer's identity must be kept
     */
    public void erase(OffsetDateTime at) {
        if (status.isInForce()) {
            throw new IllegalStateException("Contract " + number + " is " + status + ": it cannot be erased");
        }
        contact = Anonymised.contact(contact);
        location = Anonymised.location(location);
        if (technical.pppoeUser() != null) {
            technical = technical.withoutPppoeUser();
        }
        notes = null;
        installationReason = null;
        for (int i = 0; i < history.size(); i++) {
            // only the steps that still have a reason: rewriting the others would make a new version
            if (history.get(i).reason() != null) {
                history.set(i, history.get(i).withoutReason());
            }
        }
        if (erasedAt == null) {
            erasedAt = at;
            updatedAt = at.isAfter(updatedAt) ? at : updatedAt;
        }
    }

    /** Whether the customer's personal data was erased from the contract. */
    public boolean isErased() {
        return erasedAt != null;
    }

    /** The 409 of an activation of a contract whose customer's personal data was erased. */
    private static ConflictException customerErased(Contract contract) {
        return (ConflictException) new ConflictException(
                        "customer-erased",
                        "The customer's personal data was erased: contract " + contract.getNumber()
                                + " can no longer become active.")
                .with("contractId", contract.getId().toString());
    }

    private void requireStatus(Set<ContractStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new ConflictException(
                            "illegal-transition",
                            "A " + status + " contract cannot " + action + "; it must be one of " + allowed + ".")
                    .with("status", status.name());
        }
    }

    private void moveTo(ContractStatus next, String reason, String by, OffsetDateTime at) {
        status = next;
        updatedAt = at;
        history.add(new StatusChange(next, reason, by, at));
    }

    public UUID getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getTicketId() {
        return ticketId;
    }

    public String getLeadId() {
        return leadId;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public String getZone() {
        return zone;
    }

    public ContractStatus getStatus() {
        return status;
    }

    public Contact getContact() {
        return contact;
    }

    public Offer getOffer() {
        return offer;
    }

    public Location getLocation() {
        return location;
    }

    public Pricing getPricing() {
        return pricing;
    }

    public Technical getTechnical() {
        return technical;
    }

    public String getNotes() {
        return notes;
    }

    public InstallationOutcome getInstallationOutcome() {
        return installationOutcome;
    }

    public String getInstallationReason() {
        return installationReason;
    }

    public OffsetDateTime getInstallationAt() {
        return installationAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getActivatedAt() {
        return activatedAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public OffsetDateTime getErasedAt() {
        return erasedAt;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public List<StatusChange> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
