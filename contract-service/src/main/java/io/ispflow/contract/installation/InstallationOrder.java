package io.ispflow.contract.installation;

import io.ispflow.contract.common.Anonymised;
import io.ispflow.contract.common.JsonColumn;
import io.ispflow.contract.common.SnapshotColumns;
import io.ispflow.contracts.order.OrderCancelled;
import io.ispflow.contracts.order.OrderCompleted;
import io.ispflow.contracts.order.OrderCreated;
import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Equipment;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.ColumnTransformer;

/**
 * The service's copy of an installation order, from order.events: who the customer is, what was sold
 * and where (from {@code OrderCreated}), how the technician closed it ({@code OrderCompleted}) and
 * whether it was cancelled ({@code OrderCancelled}). A row made by a completion or cancellation seen
 * before the creation is a placeholder ({@link #isKnown()} false) until {@code OrderCreated} fills it.
 */
@Entity
@Table(name = "installation_order")
public class InstallationOrder {

    @Id
    @Column(name = "order_id")
    private String orderId;

    @Column(nullable = false)
    private boolean known;

    private String number;

    @Column(name = "ticket_id")
    private String ticketId;

    @Column(name = "request_id")
    private String requestId;

    @Column(name = "lead_id")
    private String leadId;

    @Column(name = "prospect_id")
    private String prospectId;

    private String zone;

    @Convert(converter = SnapshotColumns.ContactColumn.class)
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = JsonColumn.WRITE)
    private Contact contact;

    @Convert(converter = SnapshotColumns.OfferColumn.class)
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = JsonColumn.WRITE)
    private Offer offer;

    @Convert(converter = SnapshotColumns.LocationColumn.class)
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = JsonColumn.WRITE)
    private Location location;

    private String notes;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Enumerated(EnumType.STRING)
    private InstallationOutcome outcome;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Convert(converter = SnapshotColumns.EquipmentListColumn.class)
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = JsonColumn.WRITE)
    private List<Equipment> equipment;

    @Column(nullable = false)
    private boolean cancelled;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    /** When the lead's personal data was erased from this copy. */
    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;

    protected InstallationOrder() {}

    /** A row for an order known only by its id so far (its creation event has not arrived yet). */
    static InstallationOrder placeholder(String orderId, OffsetDateTime now) {
        InstallationOrder order = new InstallationOrder();
        order.orderId = orderId;
        order.known = false;
        order.updatedAt = now;
        return order;
    }

    /** Takes the order's data from its creation event; a completion recorded earlier is kept. */
    void recordCreation(OrderCreated event, OffsetDateTime now) {
        this.known = true;
        this.number = event.number();
        this.ticketId = event.ticketId();
        this.requestId = event.requestId();
        this.leadId = event.leadId();
        this.prospectId = event.prospectId();
        this.zone = event.zone() != null
                ? event.zone()
                : event.location() == null ? null : event.location().zone();
        this.contact = event.contact();
        this.offer = event.offer();
        this.location = event.location();
        this.notes = event.notes();
        this.createdAt = event.createdAt();
        this.updatedAt = now;
    }

    /** The technician closed the order; the latest completion wins. */
    void recordCompletion(OrderCompleted event, InstallationOutcome outcome, OffsetDateTime now) {
        if (!known) {
            // what the completion tells about a placeholder, until OrderCreated brings the rest
            this.number = event.number();
            this.ticketId = event.ticketId();
            this.leadId = event.leadId();
            this.zone = event.zone();
        }
        this.outcome = outcome;
        // the technician's free text about the visit is not kept once the person was erased
        this.failureReason = outcome == InstallationOutcome.FAILED && !isErased() ? event.failureReason() : null;
        this.completedAt = event.completedAt() != null ? event.completedAt() : now;
        this.equipment = event.equipment() == null ? List.of() : List.copyOf(event.equipment());
        this.updatedAt = now;
    }

    void recordCancellation(OrderCancelled event, OffsetDateTime now) {
        if (!known) {
            this.number = event.number();
            this.ticketId = event.ticketId();
            this.zone = event.zone();
        }
        this.cancelled = true;
        this.cancelReason = isErased() ? null : event.reason();
        this.cancelledAt = event.at() != null ? event.at() : now;
        this.updatedAt = now;
    }

    /**
     * The right to erasure: the customer snapshot keeps only what identifies nobody (its name becomes
     * "erased"), the place loses its address, postal code and position, and the free texts (notes, the
     * reasons of a failure or a cancellation) go. What was sold, the zone, the outcome and the dates stay.
     * Asked again, it changes nothing.
     */
    public void erase(OffsetDateTime at) {
        contact = Anonymised.contact(contact);
        location = Anonymised.location(location);
        notes = null;
        failureReason = null;
        cancelReason = null;
        if (erasedAt == null) {
            erasedAt = at;
            updatedAt = at;
        }
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public OffsetDateTime getErasedAt() {
        return erasedAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public boolean isKnown() {
        return known;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public boolean completedSuccessfully() {
        return outcome == InstallationOutcome.SUCCESS;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getNumber() {
        return number;
    }

    public String getTicketId() {
        return ticketId;
    }

    public String getRequestId() {
        return requestId;
    }

    public String getLeadId() {
        return leadId;
    }

    public String getProspectId() {
        return prospectId;
    }

    public String getZone() {
        return zone;
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

    public String getNotes() {
        return notes;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public InstallationOutcome getOutcome() {
        return outcome;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }

    public List<Equipment> getEquipment() {
        return equipment == null ? List.of() : equipment;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public OffsetDateTime getCancelledAt() {
        return cancelledAt;
    }
}
