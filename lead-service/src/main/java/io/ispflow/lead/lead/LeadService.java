package io.ispflow.lead.lead;

import io.ispflow.contracts.catalog.CatalogKind;
import io.ispflow.contracts.lead.LeadCreated;
import io.ispflow.contracts.lead.LeadDeleted;
import io.ispflow.contracts.lead.LeadErased;
import io.ispflow.contracts.lead.LeadReassigned;
import io.ispflow.contracts.lead.LeadStageChanged;
import io.ispflow.contracts.lead.LeadStatusChanged;
import io.ispflow.contracts.lead.LeadUpdated;
import io.ispflow.lead.LeadProperties;
import io.ispflow.lead.common.Text;
import io.ispflow.lead.history.FieldChange;
import io.ispflow.lead.history.HistoryAction;
import io.ispflow.lead.history.LeadHistory;
import io.ispflow.platform.catalog.CatalogCopy;
import io.ispflow.platform.events.EventPublisher;
import io.ispflow.platform.problem.ConflictException;
import io.ispflow.platform.problem.ForbiddenException;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.security.Role;
import io.ispflow.platform.security.ZoneVisibility;
import io.ispflow.platform.web.ETags;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead's application service. Every change runs in one transaction that row-locks the lead, checks
 * the caller's zones and the If-Match version, applies the domain method, records the history entry and
 * publishes the event through the outbox.
 *
 * <p>The building blocks ({@link #register}, {@link #revise}, {@link #reassignLead},
 * {@link #advanceStage}, {@link #erase}) join the caller's transaction and are not transactional
 * themselves: imports, prospects, assignment, erasure and the contract consumer compose them, and a
 * refused row of an import must not doom the rest of its batch.
 */
@Service
public class LeadService {

    /** Candidates named in a duplicate-document 409 and by the duplicates search. */
    public static final int MATCH_LIMIT = 20;

    private final LeadRepository leads;
    private final LeadMatcher matcher;
    private final CatalogCopy catalog;
    private final LeadHistory history;
    private final EventPublisher events;
    private final AutoAssigner autoAssigner;
    private final LeadProperties properties;
    private final Clock clock;

    LeadService(
            LeadRepository leads,
            LeadMatcher matcher,
            CatalogCopy catalog,
            LeadHistory history,
            EventPublisher events,
            AutoAssigner autoAssigner,
            LeadProperties properties,
            Clock clock) {
        this.leads = leads;
        this.matcher = matcher;
        this.catalog = catalog;
        this.history = history;
        this.events = events;
        this.autoAssigner = autoAssigner;
        this.properties = properties;
        this.clock = clock;
    }

    // --- reads ------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Lead get(UUID id, Caller caller) {
        return requireVisible(id, caller);
    }

    /** The lead if the caller can see it; otherwise the 404 an unknown id gets. */
    public Lead requireVisible(UUID id, Caller caller) {
        return ZoneVisibility.requireVisible(caller, leads.findById(id).orElse(null), Lead::getZone, "Lead", id);
    }

    /** The lead, row-locked for a change, if the caller can see it (404 otherwise). */
    public Lead lockVisible(UUID id, Caller caller) {
        return ZoneVisibility.requireVisible(caller, leads.findForUpdate(id).orElse(null), Lead::getZone, "Lead", id);
    }

    public Optional<Lead> lock(UUID id) {
        return leads.findForUpdate(id);
    }

    // --- changes over HTTP ------------------------------------------------------------------------

    @Transactional
    public Lead create(LeadRequest request, Caller caller, boolean force) {
        return register(request.details(), Text.clean(request.assignee()), caller, force, null);
    }

    /**
     * Replaces the lead's editable data. An {@code assignee} different from the current one is a
     * reassignment (managers only); a null one keeps the current assignee.
     */
    @Transactional
    public Lead update(UUID id, String ifMatch, LeadRequest request, Caller caller) {
        Lead lead = lockVisible(id, caller);
        ETags.requireMatch(ifMatch, lead.getVersion());
        revise(lead, request.details(), caller, null);
        String assignee = Text.clean(request.assignee());
        if (assignee != null && !assignee.equals(lead.getAssignee())) {
            reassignLead(lead, assignee, caller);
        }
        return lead;
    }

    @Transactional
    public Lead changeStatus(UUID id, String ifMatch, StatusRequest request, Caller caller) {
        Lead lead = lockVisible(id, caller);
        ETags.requireMatch(ifMatch, lead.getVersion());
        LeadStatus before = lead.getStatus();
        Instant now = Text.now(clock);
        List<FieldChange> changes =
                lead.changeStatus(request.leadStatus(), request.discardReason(), now, caller.subject());
        if (!changes.isEmpty()) {
            leads.saveAndFlush(lead);
            history.record(lead.getId(), now, caller.subject(), HistoryAction.STATUS_CHANGED, null, changes);
            events.publish(new LeadStatusChanged(
                    lead.getId().toString(),
                    lead.getZone(),
                    before.name(),
                    lead.getStatus().name(),
                    lead.getDiscardReason(),
                    caller.subject(),
                    Text.utc(now),
                    lead.getVersion()));
        }
        return lead;
    }

    /** A manager's reassignment of one lead (If-Match: its ETag). */
    @Transactional
    public Lead reassign(UUID id, String ifMatch, String assignee, Caller caller) {
        Lead lead = lockVisible(id, caller);
        ETags.requireMatch(ifMatch, lead.getVersion());
        reassignLead(lead, Text.clean(assignee), caller);
        return lead;
    }

    /** The stale-lead policy: a manager deletes an imported lead nobody took within the configured days. */
    @Transactional
    public void deleteStale(UUID id, String ifMatch, Caller caller) {
        Lead lead = lockVisible(id, caller);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, lead.getVersion());
        }
        Instant now = Text.now(clock);
        lead.requireDeletable(now, properties.staleAfter());
        leads.delete(lead);
        leads.flush();
        events.publish(new LeadDeleted(
                lead.getId().toString(), lead.getZone(), "STALE_IMPORT", caller.subject(), Text.utc(now)));
    }

    // --- building blocks (join the caller's transaction) ------------------------------------------

    /**
     * Registers a new lead: a caller with zones must place it in one of them (400 without a zone, 403
     * for a zone not held; ADR 0016), its origin and zone must be active in the catalog copy (400), a
     * salesperson may only assign it to themselves (403), and a document that already exists is a 409
     * naming the candidates unless {@code force}. Nobody assigned and the zone has auto-assignment: the
     * next salesperson of the zone gets it.
     *
     * @param importId the import creating it, or null
     */
    public Lead register(LeadDetails details, String assignee, Caller caller, boolean force, UUID importId) {
        ZoneVisibility.requirePlacedInHeldZone(caller, details.zone(), "zone");
        requireActive(CatalogKind.ZONE, details.zone(), null, "zone");
        requireActive(CatalogKind.ORIGIN, details.origin(), null, "origin");
        if (assignee != null && !assignee.equals(caller.subject()) && !mayReassign(caller)) {
            throw new ForbiddenException(
                    "assignment-not-allowed", "Only managers assign leads to someone else; leave it empty or take it.");
        }
        if (!force && details.documentNumber() != null) {
            refuseDuplicateDocument(details.documentNumber(), caller);
        }
        String owner = assignee != null
                ? assignee
                : autoAssigner.nextAssignee(details.zone()).orElse(null);
        Instant now = Text.now(clock);
        Lead lead = Lead.register(UUID.randomUUID(), details, owner, now, caller.subject());
        if (importId != null) {
            lead.markImported(importId, now);
        }
        leads.saveAndFlush(lead);
        List<FieldChange> changes = new ArrayList<>(lead.changesFromNothing());
        if (owner != null) {
            changes.add(FieldChange.of("assignee", null, owner));
        }
        history.record(
                lead.getId(),
                now,
                caller.subject(),
                HistoryAction.CREATED,
                importId == null ? null : "import:" + importId,
                changes);
        events.publish(new LeadCreated(lead.getId().toString(), LeadEvents.snapshot(lead)));
        return lead;
    }

    /**
     * Replaces the lead's editable data (the caller already saw and locked it). A caller with zones must
     * leave it in one of them (400 without a zone, even when the lead had none: ADR 0016), and moving it
     * to another zone needs that zone held (403); a changed origin or zone must be active (a kept one may
     * have been deactivated meanwhile). Returns the changes; none means nothing was written.
     */
    public List<FieldChange> revise(Lead lead, LeadDetails details, Caller caller, String reference) {
        // a kept zone is one the caller sees, so held: only a missing or a different zone can be refused
        ZoneVisibility.requirePlacedInHeldZone(caller, details.zone(), "zone");
        requireActive(CatalogKind.ZONE, details.zone(), lead.getZone(), "zone");
        requireActive(CatalogKind.ORIGIN, details.origin(), lead.getOrigin(), "origin");
        Instant now = Text.now(clock);
        List<FieldChange> changes = lead.edit(details, now, caller.subject());
        if (!changes.isEmpty()) {
            leads.saveAndFlush(lead);
            history.record(lead.getId(), now, caller.subject(), HistoryAction.UPDATED, reference, changes);
            events.publish(new LeadUpdated(
                    lead.getId().toString(),
                    LeadEvents.snapshot(lead),
                    changes.stream().map(FieldChange::field).toList()));
        }
        return changes;
    }

    /** Gives the lead to {@code assignee} (null: nobody); managers and admins only. Returns whether it changed. */
    public boolean reassignLead(Lead lead, String assignee, Caller caller) {
        if (!mayReassign(caller)) {
            throw new ForbiddenException("reassignment-not-allowed", "Only managers reassign leads.");
        }
        String before = lead.getAssignee();
        Instant now = Text.now(clock);
        Optional<FieldChange> change = lead.reassign(assignee, now, caller.subject());
        if (change.isEmpty()) {
            return false;
        }
        leads.saveAndFlush(lead);
        history.record(lead.getId(), now, caller.subject(), HistoryAction.REASSIGNED, null, List.of(change.get()));
        events.publish(new LeadReassigned(
                lead.getId().toString(),
                lead.getZone(),
                before,
                assignee,
                caller.subject(),
                Text.utc(now),
                lead.getVersion()));
        return true;
    }

    /**
     * A conversion caused by a prospect or a contract: moves the stage forward, records it and publishes
     * it; a lead already there (a repeated event) is left alone. Returns whether it moved.
     */
    public boolean advanceStage(Lead lead, LeadStage target, String causeType, String causeId, String by) {
        LeadStage before = lead.getStage();
        Instant now = Text.now(clock);
        Optional<FieldChange> change = lead.advanceTo(target, now, by);
        if (change.isEmpty()) {
            return false;
        }
        leads.saveAndFlush(lead);
        history.record(
                lead.getId(),
                now,
                by,
                HistoryAction.STAGE_CHANGED,
                causeType.toLowerCase(java.util.Locale.ROOT) + ":" + causeId,
                List.of(change.get()));
        events.publish(new LeadStageChanged(
                lead.getId().toString(),
                lead.getZone(),
                before.name(),
                target.name(),
                causeType,
                causeId,
                by,
                Text.utc(now),
                lead.getVersion()));
        return true;
    }

    /** Anonymises the lead itself and publishes the erasure (its prospects, timeline and history are the caller's). */
    public void erase(Lead lead, Caller caller) {
        Instant now = Text.now(clock);
        lead.erase(now, caller.subject());
        leads.saveAndFlush(lead);
        history.record(lead.getId(), now, caller.subject(), HistoryAction.ERASED, null, List.of());
        events.publish(new LeadErased(lead.getId().toString(), lead.getZone(), caller.subject(), Text.utc(now)));
    }

    /**
     * An administrator asks again to erase a lead already erased (a service did not confirm): only
     * {@code lead.erased.v1} is published again; the lead itself has nothing left to erase.
     */
    public void askAgainToErase(Lead lead, Caller caller) {
        events.publish(
                new LeadErased(lead.getId().toString(), lead.getZone(), caller.subject(), Text.utc(Text.now(clock))));
    }

    /** Whether the caller may give leads to other people: managers and admins. */
    public static boolean mayReassign(Caller caller) {
        return caller.hasAnyRole(Role.MANAGER, Role.ADMIN);
    }

    // --- rules ------------------------------------------------------------------------------------

    private void requireActive(CatalogKind kind, String code, String previous, String field) {
        catalog.requireActiveUnlessUnchanged(kind, code, previous, field);
    }

    /**
     * A document that already belongs to a lead: 409 naming the candidates the caller may see, and only
     * the zones of the others ("exists in zone SUR"), never their data.
     */
    private void refuseDuplicateDocument(String documentNumber, Caller caller) {
        List<LeadMatcher.Match> matches = matcher.find(documentNumber, null, null, MATCH_LIMIT);
        if (matches.isEmpty()) {
            return;
        }
        List<Map<String, Object>> visible = new ArrayList<>();
        Set<String> otherZones = new LinkedHashSet<>();
        for (LeadMatcher.Match match : matches) {
            if (caller.canSee(match.zone())) {
                visible.add(candidate(match));
            } else {
                otherZones.add(match.zone());
            }
        }
        String detail = visible.isEmpty()
                ? "A lead with this document exists in zone " + String.join(", ", otherZones) + "."
                : "A lead with this document already exists: " + visible.get(0).get("name") + " ("
                        + visible.get(0).get("id") + ").";
        throw new ConflictException(
                        "duplicate-document",
                        detail + " Use it, or send force=true to register another lead with the same document.")
                .with("candidates", visible)
                .with("otherZones", List.copyOf(otherZones));
    }

    private static Map<String, Object> candidate(LeadMatcher.Match match) {
        Map<String, Object> candidate = new java.util.LinkedHashMap<>();
        candidate.put("id", match.id());
        candidate.put("name", match.name());
        candidate.put("zone", match.zone());
        candidate.put("stage", match.stage());
        candidate.put("status", match.status());
        return candidate;
    }
}
