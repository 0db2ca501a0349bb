package io.ispflow.salesdesk.ticket;

import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The commercial case of one lead and prospect: a snapshot of who, what and where, the orders it
 * asked for, and its place in the pipeline. Users open it, ask for orders, comment, reassign, and
 * close it as lost or cancelled; the order and contract events move it between the order states and
 * to WON. Every move is a method that checks it is allowed; moves that an event would make backwards
 * past a later state, and any move out of a terminal state, are no-ops. Once its lead's personal data is
 * erased ({@link #erasePersonalData}) users can no longer change it; the order and contract events still
 * move it, without their free text.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

    static final int MAX_TAGS = 20;
    static final int MAX_TAG_LENGTH = 40;
    static final int MAX_ASSIGNEE_LENGTH = 200;
    static final int MAX_REASON_LENGTH = 1000;

    /** What an erased name (or a text that must have a value) becomes, as in the lead service. */
    public static final String ERASED = "erased";

    private static final Set<TicketStatus> INSTALLATION_UNDER_WAY =
            EnumSet.of(TicketStatus.INSTALLATION_REQUESTED, TicketStatus.INSTALLATION_SCHEDULED);

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String number;

    @Column(name = "lead_id", nullable = false, updatable = false)
    private UUID leadId;

    @Column(name = "prospect_id", nullable = false, updatable = false)
    private UUID prospectId;

    private String zone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketStatus status;

    private String assignee;

    @ElementCollection
    @CollectionTable(name = "ticket_tag", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "tag", nullable = false)
    private Set<String> tags = new TreeSet<>();

    @Embedded
    private ContactSnapshot contact;

    @Embedded
    private OfferSnapshot offer;

    @Embedded
    private LocationSnapshot location;

    @ElementCollection
    @CollectionTable(name = "ticket_order", joinColumns = @JoinColumn(name = "ticket_id"))
    @OrderColumn(name = "position")
    private List<TicketOrder> orders = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "ticket_comment", joinColumns = @JoinColumn(name = "ticket_id"))
    @OrderColumn(name = "position")
    private List<TicketComment> comments = new ArrayList<>();

    @Column(name = "lost_reason")
    private String lostReason;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Version
    private Long version;

    protected Ticket() {}

    /**
     * Opens a ticket: OPEN alone, or FEASIBILITY_REQUESTED / INSTALLATION_REQUESTED with the order it
     * asks for. The notes become the first comment and the order request's notes.
     */
    public static Ticket open(String number, NewTicket spec, String by, String byName, Instant now) {
        Objects.requireNonNull(spec.leadId(), "leadId");
        Objects.requireNonNull(spec.prospectId(), "prospectId");
        Ticket ticket = new Ticket();
        ticket.id = UUID.randomUUID();
        ticket.number = number;
        ticket.leadId = spec.leadId();
        ticket.prospectId = spec.prospectId();
        ticket.zone = spec.zone();
        ticket.assignee = normalizeAssignee(spec.assignee());
        ticket.tags = normalizeTags(spec.tags());
        ticket.contact = ContactSnapshot.of(spec.contact());
        ticket.offer = OfferSnapshot.of(spec.offer());
        ticket.location = LocationSnapshot.of(spec.location());
        ticket.status = TicketStatus.OPEN;
        ticket.createdAt = now;
        ticket.createdBy = by;
        ticket.updatedAt = now;
        ticket.updatedBy = by;
        String notes = spec.notes() == null || spec.notes().isBlank()
                ? null
                : spec.notes().trim();
        if (notes != null) {
            ticket.comments.add(new TicketComment(notes, by, byName, now));
        }
        if (spec.orderKind() != null) {
            ticket.orders.add(TicketOrder.requested(UUID.randomUUID().toString(), spec.orderKind(), notes, now));
            ticket.status = requestedStatus(spec.orderKind());
        }
        return ticket;
    }

    // --- what users do ------------------------------------------------------------------------------

    /**
     * Asks for another order. A ticket runs one order at a time; a closed ticket, an installed one, or a
     * ticket whose last feasibility study found no coverage (for an installation) takes none.
     */
    public OrderRequested requestOrder(OrderKind kind, String notes, String by, Instant now) {
        Objects.requireNonNull(kind, "kind");
        requireNotErased();
        requireNotClosed("take new orders");
        openOrder().ifPresent(open -> {
            throw new ConflictException(
                            "order-already-open",
                            "Ticket " + number + " already has an open " + open.getKind() + " order; wait for its"
                                    + " result or have it cancelled first.")
                    .with("openRequestId", open.getRequestId());
        });
        if (status == TicketStatus.INSTALLED) {
            throw new ConflictException(
                    "already-installed",
                    "Ticket " + number + " is installed; it is waiting for its contract to be activated.");
        }
        if (kind == OrderKind.INSTALLATION && status == TicketStatus.NOT_FEASIBLE) {
            throw new ConflictException(
                    "not-feasible",
                    "The last feasibility study of ticket " + number + " found no coverage: ask for a new"
                            + " feasibility order, or close the ticket as lost.");
        }
        String trimmed = notes == null || notes.isBlank() ? null : notes.trim();
        TicketOrder order = TicketOrder.requested(UUID.randomUUID().toString(), kind, trimmed, now);
        orders.add(order);
        touch(by, now);
        return new OrderRequested(order, moveTo(requestedStatus(kind)));
    }

    /** The new order request and the move it caused, if the status changed. */
    public record OrderRequested(TicketOrder order, Optional<StatusChange> move) {}

    public StatusChange markLost(String reason, String by, Instant now) {
        requireNotErased();
        requireNotClosed("be lost");
        lostReason = requireReason(reason);
        touch(by, now);
        return moveTo(TicketStatus.LOST).orElseThrow();
    }

    public StatusChange cancel(String reason, String by, Instant now) {
        requireNotErased();
        requireNotClosed("be cancelled");
        cancelReason = requireReason(reason);
        touch(by, now);
        return moveTo(TicketStatus.CANCELLED).orElseThrow();
    }

    /** Replaces the assignee and the tags (a PUT); returns whether anything changed. */
    public boolean reassign(String assignee, Collection<String> tags, String by, Instant now) {
        requireNotErased();
        String newAssignee = normalizeAssignee(assignee);
        Set<String> newTags = normalizeTags(tags);
        if (Objects.equals(newAssignee, this.assignee) && newTags.equals(new TreeSet<>(this.tags))) {
            return false;
        }
        this.assignee = newAssignee;
        this.tags.clear();
        this.tags.addAll(newTags);
        touch(by, now);
        return true;
    }

    public TicketComment comment(String text, String by, String byName, Instant now) {
        requireNotErased();
        if (text == null || text.isBlank()) {
            throw BadRequestException.invalidField("text", "must not be blank");
        }
        TicketComment comment = new TicketComment(text.trim(), by, byName, now);
        comments.add(comment);
        touch(by, now);
        return comment;
    }

    // --- what the order and contract events do ---------------------------------------------------------

    /** The order service made the order of a request: record its id and number. Never moves the status. */
    public void orderCreated(String requestId, String orderId, String number, OrderKind kind, String by, Instant now) {
        Optional<TicketOrder> known = orders.stream()
                .filter(order -> order.getRequestId().equals(requestId))
                .findFirst()
                .or(() -> byOrderId(orderId));
        if (known.isEmpty()) {
            // an order made for this ticket by other means: track it, it may drive the status later
            orders.add(TicketOrder.discovered(requestId, kind, orderId, number, now));
            touch(by, now);
        } else if (known.get().created(orderId, number, now)) {
            touch(by, now);
        }
    }

    /** A planner put the order on the calendar (or moved it): an installation is now scheduled. */
    public Optional<StatusChange> orderScheduled(
            String orderId,
            OrderKind kind,
            String number,
            String technicianName,
            Instant start,
            Instant end,
            String by,
            Instant now) {
        Optional<TicketOrder> order = tracked(orderId, kind, number, now);
        if (order.isEmpty() || !order.get().scheduled(technicianName, start, end, now)) {
            return Optional.empty();
        }
        touch(by, now);
        return order.get().getKind() == OrderKind.INSTALLATION
                ? moveFrom(EnumSet.of(TicketStatus.INSTALLATION_REQUESTED), TicketStatus.INSTALLATION_SCHEDULED)
                : Optional.empty();
    }

    public Optional<StatusChange> orderUnscheduled(
            String orderId, OrderKind kind, String number, String by, Instant now) {
        Optional<TicketOrder> order = tracked(orderId, kind, number, now);
        if (order.isEmpty() || !order.get().unscheduled(now)) {
            return Optional.empty();
        }
        touch(by, now);
        return order.get().getKind() == OrderKind.INSTALLATION
                ? moveFrom(EnumSet.of(TicketStatus.INSTALLATION_SCHEDULED), TicketStatus.INSTALLATION_REQUESTED)
                : Optional.empty();
    }

    /** The technician started the visit: recorded on the order, the ticket's status stays. */
    public void orderStarted(String orderId, OrderKind kind, String number, String by, Instant now) {
        tracked(orderId, kind, number, now).filter(order -> order.started(now)).ifPresent(order -> touch(by, now));
    }

    /**
     * The order was closed in the field. A feasibility study makes the ticket FEASIBLE or NOT_FEASIBLE
     * (a failed visit leaves it waiting); a successful installation makes it INSTALLED, a failed one
     * sends it back to INSTALLATION_REQUESTED, still open.
     */
    public Optional<StatusChange> orderCompleted(
            String orderId,
            OrderKind kind,
            String number,
            String outcome,
            String feasibility,
            String failureReason,
            String by,
            Instant now) {
        Optional<TicketOrder> order = tracked(orderId, kind, number, now);
        if (order.isEmpty() || !order.get().completed(outcome, feasibility, keptText(failureReason), now)) {
            return Optional.empty();
        }
        touch(by, now);
        boolean success = "SUCCESS".equals(outcome);
        if (order.get().getKind() == OrderKind.FEASIBILITY) {
            if (success && "FEASIBLE".equals(feasibility)) {
                return moveFrom(EnumSet.of(TicketStatus.FEASIBILITY_REQUESTED), TicketStatus.FEASIBLE);
            }
            if (success && "NOT_FEASIBLE".equals(feasibility)) {
                return moveFrom(EnumSet.of(TicketStatus.FEASIBILITY_REQUESTED), TicketStatus.NOT_FEASIBLE);
            }
            return Optional.empty(); // the visit failed: still waiting for a result
        }
        return success
                ? moveFrom(INSTALLATION_UNDER_WAY, TicketStatus.INSTALLED)
                : moveFrom(EnumSet.of(TicketStatus.INSTALLATION_SCHEDULED), TicketStatus.INSTALLATION_REQUESTED);
    }

    /** The order was cancelled: the ticket goes back to where it was before asking for it. */
    public Optional<StatusChange> orderCancelled(
            String orderId, OrderKind kind, String number, String reason, String by, Instant now) {
        Optional<TicketOrder> order = tracked(orderId, kind, number, now);
        if (order.isEmpty() || !order.get().cancelled(keptText(reason), now)) {
            return Optional.empty();
        }
        touch(by, now);
        return order.get().getKind() == OrderKind.FEASIBILITY
                ? moveFrom(EnumSet.of(TicketStatus.FEASIBILITY_REQUESTED), restingStatus())
                : moveFrom(INSTALLATION_UNDER_WAY, restingStatus());
    }

    /** The contract made from this ticket's installation is active: the sale is won. */
    public Optional<StatusChange> contractActivated(String by, Instant now) {
        if (status.isTerminal()) {
            return Optional.empty();
        }
        touch(by, now);
        return moveTo(TicketStatus.WON);
    }

    // --- the right to erasure ------------------------------------------------------------------------

    /**
     * The lead's personal data is erased (lead.erased.v1): the contact's name becomes {@value #ERASED} and
     * the rest of the contact and billing is dropped; the place keeps only city, province, country and
     * zone; comments, lost and cancel reasons become {@value #ERASED}; the orders lose their notes and
     * reasons. Ids, zone, status, assignee, tags, the orders' progress and the dates stay. From then on
     * users can no longer change the ticket (409 lead-erased). Erasing an erased ticket again leaves it
     * as it is.
     *
     * @return whether the ticket was erased now, rather than already
     */
    public boolean erasePersonalData(String by, Instant now) {
        contact.erase();
        if (location != null) {
            location.erase();
        }
        comments.forEach(TicketComment::erase);
        orders.forEach(TicketOrder::erase);
        lostReason = lostReason == null ? null : ERASED;
        cancelReason = cancelReason == null ? null : ERASED;
        if (erasedAt != null) {
            return false;
        }
        erasedAt = now;
        touch(by, now);
        return true;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    private void requireNotErased() {
        if (erasedAt != null) {
            throw new ConflictException(
                            "lead-erased",
                            "The personal data of ticket " + number + "'s lead was erased; the ticket can no longer"
                                    + " change.")
                    .with("erasedAt", erasedAt.toString());
        }
    }

    /** An event's free text about the visit, not kept on an erased ticket. */
    private String keptText(String text) {
        return erasedAt == null ? text : null;
    }

    // --- rules ---------------------------------------------------------------------------------------

    private static TicketStatus requestedStatus(OrderKind kind) {
        return kind == OrderKind.FEASIBILITY ? TicketStatus.FEASIBILITY_REQUESTED : TicketStatus.INSTALLATION_REQUESTED;
    }

    /**
     * The status without the order that was just cancelled: waiting for an open feasibility study, else
     * the result of the last one, else OPEN.
     */
    private TicketStatus restingStatus() {
        if (orders.stream().anyMatch(o -> o.getKind() == OrderKind.FEASIBILITY && o.isOpen())) {
            return TicketStatus.FEASIBILITY_REQUESTED;
        }
        return orders.stream()
                .filter(o -> o.getKind() == OrderKind.FEASIBILITY && o.getStatus() == OrderStatus.COMPLETED)
                .filter(o -> o.getFeasibility() != null)
                .max(Comparator.comparing(TicketOrder::getUpdatedAt))
                .map(o -> "FEASIBLE".equals(o.getFeasibility()) ? TicketStatus.FEASIBLE : TicketStatus.NOT_FEASIBLE)
                .orElse(TicketStatus.OPEN);
    }

    /** The entry of an order event: by order id, else the request of that kind still waiting for its order. */
    private Optional<TicketOrder> tracked(String orderId, OrderKind kind, String number, Instant now) {
        return byOrderId(orderId).or(() -> orders.stream()
                .filter(order -> order.getOrderId() == null
                        && order.getKind() == kind
                        && order.getStatus() == OrderStatus.REQUESTED)
                .findFirst()
                .map(order -> {
                    order.created(orderId, number, now);
                    return order;
                }));
    }

    private Optional<TicketOrder> byOrderId(String orderId) {
        return orderId == null
                ? Optional.empty()
                : orders.stream()
                        .filter(order -> orderId.equals(order.getOrderId()))
                        .findFirst();
    }

    private Optional<TicketOrder> openOrder() {
        return orders.stream().filter(TicketOrder::isOpen).findFirst();
    }

    private Optional<StatusChange> moveFrom(Set<TicketStatus> allowedFrom, TicketStatus to) {
        return allowedFrom.contains(status) ? moveTo(to) : Optional.empty();
    }

    private Optional<StatusChange> moveTo(TicketStatus to) {
        if (status == to) {
            return Optional.empty();
        }
        StatusChange change = new StatusChange(status, to);
        status = to;
        return Optional.of(change);
    }

    private void requireNotClosed(String action) {
        if (status.isTerminal()) {
            throw new ConflictException(
                            "ticket-closed",
                            "Ticket " + number + " is " + status + "; it can no longer " + action + ".")
                    .with("status", status.name());
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw BadRequestException.invalidField("reason", "must not be blank");
        }
        if (reason.trim().length() > MAX_REASON_LENGTH) {
            throw BadRequestException.invalidField("reason", "must be at most " + MAX_REASON_LENGTH + " characters");
        }
        return reason.trim();
    }

    private static String normalizeAssignee(String assignee) {
        if (assignee == null || assignee.isBlank()) {
            return null;
        }
        if (assignee.trim().length() > MAX_ASSIGNEE_LENGTH) {
            throw BadRequestException.invalidField(
                    "assignee", "must be at most " + MAX_ASSIGNEE_LENGTH + " characters");
        }
        return assignee.trim();
    }

    /** Tags are trimmed, kept once each and sorted; at most 20 of at most 40 characters. */
    public static Set<String> normalizeTags(Collection<String> tags) {
        Set<String> normalized = new TreeSet<>();
        if (tags == null) {
            return normalized;
        }
        int index = 0;
        for (String tag : tags) {
            if (tag == null || tag.isBlank()) {
                throw BadRequestException.invalidField("tags[" + index + "]", "must not be blank");
            }
            if (tag.trim().length() > MAX_TAG_LENGTH) {
                throw BadRequestException.invalidField(
                        "tags[" + index + "]", "must be at most " + MAX_TAG_LENGTH + " characters");
            }
            normalized.add(tag.trim());
            index++;
        }
        if (normalized.size() > MAX_TAGS) {
            throw BadRequestException.invalidField("tags", "at most " + MAX_TAGS + " tags");
        }
        return normalized;
    }

    private void touch(String by, Instant now) {
        updatedAt = now;
        updatedBy = by;
    }

    // --- state ---------------------------------------------------------------------------------------

    public UUID getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public UUID getLeadId() {
        return leadId;
    }

    public UUID getProspectId() {
        return prospectId;
    }

    public String getZone() {
        return zone;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public String getAssignee() {
        return assignee;
    }

    public List<String> getTags() {
        return List.copyOf(new TreeSet<>(tags));
    }

    public Contact getContact() {
        return contact.toContact(leadId);
    }

    public String getContactName() {
        return contact.name();
    }

    public Offer getOffer() {
        return offer.toOffer();
    }

    /** Never null: a location whose fields are all empty is still a location. */
    public Location getLocation() {
        return (location == null ? LocationSnapshot.of(null) : location).toLocation();
    }

    public List<TicketOrder> getOrders() {
        return List.copyOf(orders);
    }

    public Optional<TicketOrder> order(String requestId) {
        return orders.stream()
                .filter(order -> order.getRequestId().equals(requestId))
                .findFirst();
    }

    public List<TicketComment> getComments() {
        return List.copyOf(comments);
    }

    public String getLostReason() {
        return lostReason;
    }

    public String getCancelReason() {
        return cancelReason;
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

    /** When the lead's personal data was erased from the ticket; null unless it was. */
    public Instant getErasedAt() {
        return erasedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    /** The version, 0 once created; the resource's ETag. */
    public long getVersion() {
        return version == null ? 0 : version;
    }
}
