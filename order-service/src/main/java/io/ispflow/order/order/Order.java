package io.ispflow.order.order;

import io.ispflow.contracts.ticket.OrderKind;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.problem.ConflictException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;

/**
 * A field order (the visit of a technician): a feasibility survey or an installation, made from a
 * ticket's request with the customer, offer and location snapshot. Its life is {@code UNSCHEDULED
 * -> SCHEDULED -> IN_PROGRESS -> COMPLETED}, or {@code CANCELLED} from any non-terminal status; every
 * move is a method here, and an illegal one is a 409.
 */
@Entity(name = "FieldOrder")
@Table(name = "field_order")
public class Order {

    /** What an erased person's name reads (the same word the lead service uses). */
    public static final String ERASED = "erased";

    @Id
    private UUID id;

    @Column(nullable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Column(name = "ticket_id", nullable = false)
    private String ticketId;

    @Column(name = "ticket_number")
    private String ticketNumber;

    @Column(name = "request_id", nullable = false)
    private String requestId;

    @Column(name = "lead_id", nullable = false)
    private String leadId;

    @Column(name = "prospect_id")
    private String prospectId;

    private String zone;

    @Embedded
    private ContactSnapshot contact;

    @Embedded
    private OfferSnapshot offer;

    @Embedded
    private LocationSnapshot location;

    private String notes;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "technician_id")
    private UUID technicianId;

    @Column(name = "technician_name")
    private String technicianName;

    @Column(name = "scheduled_start")
    private OffsetDateTime scheduledStart;

    @Column(name = "scheduled_end")
    private OffsetDateTime scheduledEnd;

    @Column(name = "scheduled_by")
    private String scheduledBy;

    @Column(name = "scheduled_at")
    private OffsetDateTime scheduledAt;

    @Column(name = "override_rules")
    private String overrideRules;

    @Column(name = "override_by")
    private String overrideBy;

    @Column(name = "override_at")
    private OffsetDateTime overrideAt;

    @Column(name = "contract_id")
    private String contractId;

    @Column(name = "contract_number")
    private String contractNumber;

    @Column(name = "contract_linked_at")
    private OffsetDateTime contractLinkedAt;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "started_by")
    private String startedBy;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Column(name = "failure_reason")
    private String failureReason;

    @Enumerated(EnumType.STRING)
    private Feasibility feasibility;

    @Column(name = "completion_notes")
    private String completionNotes;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "completed_by")
    private String completedBy;

    // only ever set together with the completion (status change), which versions the order
    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "order_equipment", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<InstalledEquipment> equipment = new ArrayList<>();

    @Column(name = "cancellation_reason")
    private String cancellationReason;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    /** When the customer's personal data was erased (lead.erased.v1); null while it is kept. */
    @Column(name = "personal_data_erased_at")
    private OffsetDateTime personalDataErasedAt;

    /** Null until first stored (so Spring Data persists rather than merges a new one). */
    @Version
    private Long version;

    protected Order() {}

    /** A new, unscheduled order for a ticket's request. */
    public static Order create(UUID id, String number, NewOrder request, OffsetDateTime now) {
        Order order = new Order();
        order.id = id;
        order.number = number;
        order.kind = Objects.requireNonNull(request.kind(), "kind");
        order.status = OrderStatus.UNSCHEDULED;
        order.ticketId = request.ticketId();
        order.ticketNumber = request.ticketNumber();
        order.requestId = request.requestId();
        order.leadId = request.leadId();
        order.prospectId = request.prospectId();
        order.zone = request.zone();
        order.contact = ContactSnapshot.of(request.contact());
        order.offer = OfferSnapshot.of(request.offer());
        order.location = LocationSnapshot.of(request.location());
        order.notes = request.notes();
        order.createdAt = now;
        return order;
    }

    /**
     * Puts the visit on the technician's calendar, or moves it (another time or technician).
     *
     * @param overriddenRules the planning rules the planner chose to override (empty when none)
     * @return whether this was a reschedule (the order was scheduled already)
     */
    public boolean schedule(
            UUID technicianId,
            String technicianName,
            OffsetDateTime start,
            OffsetDateTime end,
            List<String> overriddenRules,
            String by,
            OffsetDateTime at) {
        requireSchedulable();
        if (!end.isAfter(start)) {
            throw BadRequestException.invalidField("durationMinutes", "must be positive");
        }
        boolean rescheduled = status == OrderStatus.SCHEDULED;
        this.status = OrderStatus.SCHEDULED;
        this.technicianId = Objects.requireNonNull(technicianId);
        this.technicianName = technicianName;
        this.scheduledStart = start;
        this.scheduledEnd = end;
        this.scheduledBy = by;
        this.scheduledAt = at;
        if (overriddenRules.isEmpty()) {
            this.overrideRules = null;
            this.overrideBy = null;
            this.overrideAt = null;
        } else {
            this.overrideRules = String.join(",", overriddenRules);
            this.overrideBy = by;
            this.overrideAt = at;
        }
        return rescheduled;
    }

    /** Refuses (409) when the order can no longer go on the calendar: started, completed or cancelled. */
    public void requireSchedulable() {
        if (status != OrderStatus.UNSCHEDULED && status != OrderStatus.SCHEDULED) {
            throw illegal("scheduled");
        }
    }

    /** Takes the visit off the calendar: the order goes back to the unscheduled column. */
    public void unschedule() {
        if (status != OrderStatus.SCHEDULED) {
            throw illegal("unscheduled");
        }
        this.status = OrderStatus.UNSCHEDULED;
        this.technicianId = null;
        this.technicianName = null;
        this.scheduledStart = null;
        this.scheduledEnd = null;
        this.scheduledBy = null;
        this.scheduledAt = null;
        this.overrideRules = null;
        this.overrideBy = null;
        this.overrideAt = null;
    }

    /** The technician arrived and started the visit. */
    public void start(String by, OffsetDateTime at) {
        if (status != OrderStatus.SCHEDULED) {
            throw illegal("started");
        }
        this.status = OrderStatus.IN_PROGRESS;
        this.startedBy = by;
        this.startedAt = at;
    }

    /**
     * Closes the visit with its outcome. A scheduled order is started on the way.
     *
     * @return whether the order had to be started first (it was still SCHEDULED)
     */
    public boolean complete(Completion completion, String by, OffsetDateTime at) {
        if (status != OrderStatus.IN_PROGRESS && status != OrderStatus.SCHEDULED) {
            throw illegal("completed");
        }
        requireConsistent(completion);
        boolean startedNow = status == OrderStatus.SCHEDULED;
        if (startedNow) {
            start(by, at);
        }
        this.status = OrderStatus.COMPLETED;
        this.outcome = completion.outcome();
        this.failureReason = completion.outcome() != Outcome.FAILED
                ? null
                : isPersonalDataErased() ? ERASED : completion.failureReason();
        this.feasibility = completion.feasibility();
        this.equipment.clear();
        this.equipment.addAll(completion.equipment());
        // once the person is erased, free text about the visit could only bring them back
        this.completionNotes = isPersonalDataErased() ? null : completion.notes();
        this.completedBy = by;
        this.completedAt = at;
        return startedNow;
    }

    private void requireConsistent(Completion completion) {
        if (completion.outcome() == null) {
            throw BadRequestException.invalidField("outcome", "must be SUCCESS or FAILED");
        }
        boolean failed = completion.outcome() == Outcome.FAILED;
        if (failed
                && (completion.failureReason() == null
                        || completion.failureReason().isBlank())) {
            throw BadRequestException.invalidField("failureReason", "is required when the visit failed");
        }
        if (!failed
                && completion.failureReason() != null
                && !completion.failureReason().isBlank()) {
            throw BadRequestException.invalidField("failureReason", "is only given when the visit failed");
        }
        if (kind == OrderKind.FEASIBILITY) {
            if (!failed && completion.feasibility() == null) {
                throw BadRequestException.invalidField(
                        "feasibility", "is required for a successful feasibility visit: FEASIBLE or NOT_FEASIBLE");
            }
            if (failed && completion.feasibility() != null) {
                throw BadRequestException.invalidField(
                        "feasibility", "is only reported for a successful feasibility visit");
            }
        } else if (completion.feasibility() != null) {
            throw BadRequestException.invalidField("feasibility", "is only reported for a feasibility order");
        }
    }

    /** Cancels the order (not once it is completed or cancelled). */
    public void cancel(String reason, String by, OffsetDateTime at) {
        if (status.isTerminal()) {
            throw illegal("cancelled");
        }
        this.status = OrderStatus.CANCELLED;
        this.cancellationReason = isPersonalDataErased() ? ERASED : reason;
        this.cancelledBy = by;
        this.cancelledAt = at;
    }

    /** The contract service made the contract for this order: it is no longer "contract not generated". */
    public void linkContract(String contractId, String contractNumber, OffsetDateTime at) {
        this.contractId = contractId;
        this.contractNumber = contractNumber;
        this.contractLinkedAt = at;
    }

    /**
     * The right to erasure: the customer's name becomes {@value #ERASED}; the rest of the contact
     * (document, e-mail, phones, billing), the exact place (address, postal code, position) and the free
     * text written about the visit (the ticket's notes, the technician's notes) are dropped; a failure or
     * cancellation reason, free text too, becomes {@value #ERASED}. Ids, numbers, kind, status, zone,
     * city, province, offer, schedule, technician, outcome, equipment and dates stay. Changes nothing the
     * second time (so the version stays), except for data added since.
     */
    public void erasePersonalData(OffsetDateTime at) {
        if (contact != null) {
            contact.erase();
        }
        if (location != null) {
            location.erase();
        }
        notes = null;
        completionNotes = null;
        failureReason = failureReason == null ? null : ERASED;
        cancellationReason = cancellationReason == null ? null : ERASED;
        if (personalDataErasedAt == null) {
            personalDataErasedAt = at;
        }
    }

    public boolean isPersonalDataErased() {
        return personalDataErasedAt != null;
    }

    public boolean isAssignedTo(UUID technician) {
        return technician != null && technician.equals(technicianId);
    }

    public boolean isContractGenerated() {
        return contractId != null;
    }

    public Duration scheduledDuration() {
        return scheduledStart == null ? null : Duration.between(scheduledStart, scheduledEnd);
    }

    public List<String> overriddenRules() {
        return overrideRules == null ? List.of() : Arrays.asList(overrideRules.split(","));
    }

    private ConflictException illegal(String move) {
        return (ConflictException) new ConflictException(
                        "order-status", "Order " + number + " is " + status + ": it cannot be " + move + ".")
                .with("status", status.name());
    }

    public UUID getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public OrderKind getKind() {
        return kind;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public String getTicketId() {
        return ticketId;
    }

    public String getTicketNumber() {
        return ticketNumber;
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

    public ContactSnapshot getContact() {
        return contact;
    }

    public OfferSnapshot getOffer() {
        return offer;
    }

    public LocationSnapshot getLocation() {
        return location;
    }

    public String getNotes() {
        return notes;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public UUID getTechnicianId() {
        return technicianId;
    }

    public String getTechnicianName() {
        return technicianName;
    }

    public OffsetDateTime getScheduledStart() {
        return scheduledStart;
    }

    public OffsetDateTime getScheduledEnd() {
        return scheduledEnd;
    }

    public String getScheduledBy() {
        return scheduledBy;
    }

    public OffsetDateTime getScheduledAt() {
        return scheduledAt;
    }

    public String getOverrideBy() {
        return overrideBy;
    }

    public OffsetDateTime getOverrideAt() {
        return overrideAt;
    }

    public String getContractId() {
        return contractId;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public OffsetDateTime getContractLinkedAt() {
        return contractLinkedAt;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public Feasibility getFeasibility() {
        return feasibility;
    }

    public String getCompletionNotes() {
        return completionNotes;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public List<InstalledEquipment> getEquipment() {
        return List.copyOf(equipment);
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public OffsetDateTime getCancelledAt() {
        return cancelledAt;
    }

    public OffsetDateTime getPersonalDataErasedAt() {
        return personalDataErasedAt;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }
}
