package io.ispflow.lead.prospect;

import io.ispflow.contracts.catalog.CatalogKind;
import io.ispflow.contracts.lead.ProspectCancelled;
import io.ispflow.contracts.lead.ProspectCreated;
import io.ispflow.contracts.lead.ProspectUpdated;
import io.ispflow.lead.common.Text;
import io.ispflow.lead.history.FieldChange;
import io.ispflow.lead.history.HistoryAction;
import io.ispflow.lead.history.LeadHistory;
import io.ispflow.lead.lead.Lead;
import io.ispflow.lead.lead.LeadService;
import io.ispflow.lead.lead.LeadStage;
import io.ispflow.platform.catalog.CatalogCopy;
import io.ispflow.platform.events.EventPublisher;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.problem.ConflictException;
import io.ispflow.platform.problem.FieldProblem;
import io.ispflow.platform.problem.NotFoundException;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.security.ZoneVisibility;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.PageResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prospects: created for a visible lead (the first one converts the lead to PROSPECT), edited while
 * active, cancelled with a reason. Offer codes must be active in the catalog copy; a prospect's zone
 * (by default its lead's) decides who sees it, and a caller with zones must place it in one of them.
 * A change locks the lead first, then the prospect, so it never deadlocks with another change of the
 * same lead.
 */
@Service
public class ProspectService {

    private final ProspectRepository prospects;
    private final LeadService leads;
    private final CatalogCopy catalog;
    private final LeadHistory history;
    private final EventPublisher events;
    private final Clock clock;

    ProspectService(
            ProspectRepository prospects,
            LeadService leads,
            CatalogCopy catalog,
            LeadHistory history,
            EventPublisher events,
            Clock clock) {
        this.prospects = prospects;
        this.leads = leads;
        this.catalog = catalog;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Prospect create(UUID leadId, ProspectRequest request, Caller caller) {
        Lead lead = leads.lockVisible(leadId, caller);
        if (lead.isErased()) {
            throw new ConflictException(
                    "lead-erased", "The lead's personal data was erased; it gets no new prospects.");
        }
        Location location = request.location().toLocation();
        if (location.zone() == null) {
            location = location.withZone(lead.getZone());
        }
        // a zoneless lead's prospect needs a zone when the caller has zones (ADR 0016)
        ZoneVisibility.requirePlacedInHeldZone(caller, location.zone(), "location.zone");
        catalog.requireActiveUnlessUnchanged(CatalogKind.ZONE, location.zone(), lead.getZone(), "location.zone");
        Offer offer = request.offer().toOffer();
        requireUsableCodes(offer, null);

        Instant now = Text.now(clock);
        Prospect prospect =
                prospects.saveAndFlush(Prospect.create(lead.getId(), offer, location, now, caller.subject()));
        history.record(
                lead.getId(),
                now,
                caller.subject(),
                HistoryAction.PROSPECT_CREATED,
                reference(prospect),
                prospect.changesFromNothing());
        events.publish(new ProspectCreated(
                prospect.getId().toString(),
                lead.getId().toString(),
                ProspectEvents.offer(prospect),
                ProspectEvents.location(prospect),
                prospect.getStatus().name(),
                caller.subject(),
                Text.utc(now),
                prospect.getVersion()));
        // the first prospect converts the lead; later ones find it there already
        leads.advanceStage(
                lead, LeadStage.PROSPECT, "PROSPECT", prospect.getId().toString(), caller.subject());
        return prospect;
    }

    @Transactional(readOnly = true)
    public Prospect get(UUID id, Caller caller) {
        return requireVisible(id, caller);
    }

    /** The prospects of a lead the caller can see, in the caller's zones, oldest first. */
    @Transactional(readOnly = true)
    public PageResponse<ProspectView> ofLead(UUID leadId, int page, int size, Caller caller) {
        leads.requireVisible(leadId, caller);
        Specification<Prospect> ofLead = (root, query, cb) -> cb.equal(root.get("leadId"), leadId);
        return PageResponse.of(
                prospects.findAll(
                        ofLead.and(ZoneVisibility.visibleTo(caller, "zone")),
                        PageRequest.of(page, size, Sort.by("createdAt", "id"))),
                ProspectView::of);
    }

    @Transactional
    public Prospect update(UUID id, String ifMatch, ProspectRequest request, Caller caller) {
        Prospect current = requireVisible(id, caller);
        Lead lead = lockLeadOf(current);
        Prospect prospect = prospects.findForUpdate(id).orElseThrow(() -> new NotFoundException("Prospect", id));
        ETags.requireMatch(ifMatch, prospect.getVersion());
        if (lead.isErased()) {
            throw new ConflictException("lead-erased", "The lead's personal data was erased; it can no longer change.");
        }
        Location location = request.location().toLocation();
        if (location.zone() == null) {
            location = location.withZone(prospect.getZone());
        }
        // a kept zone is one the caller sees, so held; a zoneless prospect edited by a caller with zones
        // must be given one of them (ADR 0016)
        ZoneVisibility.requirePlacedInHeldZone(caller, location.zone(), "location.zone");
        catalog.requireActiveUnlessUnchanged(CatalogKind.ZONE, location.zone(), prospect.getZone(), "location.zone");
        Offer offer = request.offer().toOffer();
        requireUsableCodes(offer, prospect.offer());

        Instant now = Text.now(clock);
        List<FieldChange> changes = prospect.revise(offer, location, now, caller.subject());
        if (!changes.isEmpty()) {
            prospects.saveAndFlush(prospect);
            history.record(
                    lead.getId(), now, caller.subject(), HistoryAction.PROSPECT_UPDATED, reference(prospect), changes);
            events.publish(new ProspectUpdated(
                    prospect.getId().toString(),
                    lead.getId().toString(),
                    ProspectEvents.offer(prospect),
                    ProspectEvents.location(prospect),
                    prospect.getStatus().name(),
                    changes.stream().map(FieldChange::field).toList(),
                    caller.subject(),
                    Text.utc(now),
                    prospect.getVersion()));
        }
        return prospect;
    }

    /** Cancels the prospect with a reason; If-Match is checked when sent. */
    @Transactional
    public Prospect cancel(UUID id, String ifMatch, String reason, Caller caller) {
        Prospect current = requireVisible(id, caller);
        Lead lead = lockLeadOf(current);
        Prospect prospect = prospects.findForUpdate(id).orElseThrow(() -> new NotFoundException("Prospect", id));
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, prospect.getVersion());
        }
        Instant now = Text.now(clock);
        FieldChange change = prospect.cancel(reason, now, caller.subject());
        prospects.saveAndFlush(prospect);
        history.record(
                lead.getId(),
                now,
                caller.subject(),
                HistoryAction.PROSPECT_CANCELLED,
                reference(prospect),
                List.of(change, FieldChange.of("prospect.cancelReason", null, prospect.getCancelReason())));
        events.publish(new ProspectCancelled(
                prospect.getId().toString(),
                lead.getId().toString(),
                ProspectEvents.offer(prospect),
                ProspectEvents.location(prospect),
                prospect.getCancelReason(),
                caller.subject(),
                Text.utc(now),
                prospect.getVersion()));
        return prospect;
    }

    /** Erasure: drops the exact places of every prospect of the lead. */
    public void eraseOfLead(UUID leadId, Caller caller) {
        Instant now = Text.now(clock);
        for (Prospect prospect : prospects.findByLeadId(leadId)) {
            prospect.erase(now, caller.subject());
            prospects.save(prospect);
        }
        prospects.flush();
    }

    private Prospect requireVisible(UUID id, Caller caller) {
        return ZoneVisibility.requireVisible(
                caller, prospects.findById(id).orElse(null), Prospect::getZone, "Prospect", id);
    }

    private Lead lockLeadOf(Prospect prospect) {
        return leads.lock(prospect.getLeadId()).orElseThrow(() -> new NotFoundException("Prospect", prospect.getId()));
    }

    /**
     * Every code of the offer must be active in the catalog copy, once; on an edit, a code the prospect
     * already had may stay even if it was deactivated since. All bad codes are reported together.
     */
    private void requireUsableCodes(Offer offer, Offer previous) {
        List<FieldProblem> errors = new ArrayList<>();
        if (!usable(CatalogKind.PLAN, offer.plan(), previous == null ? List.of() : List.of(previous.plan()))) {
            errors.add(new FieldProblem("offer.plan", "unknown or inactive plan " + offer.plan()));
        }
        check(
                errors,
                CatalogKind.RECURRING_ITEM,
                "offer.recurringItems",
                offer.recurringItems(),
                previous == null ? List.of() : previous.recurringItems());
        check(
                errors,
                CatalogKind.DISCOUNT,
                "offer.discounts",
                offer.discounts(),
                previous == null ? List.of() : previous.discounts());
        if (!errors.isEmpty()) {
            throw (BadRequestException)
                    new BadRequestException("validation", "The request has invalid fields.").with("errors", errors);
        }
    }

    private void check(
            List<FieldProblem> errors, CatalogKind kind, String field, List<String> codes, List<String> kept) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (!seen.add(code)) {
                errors.add(new FieldProblem(field + "[" + i + "]", code + " is listed twice"));
            } else if (!usable(kind, code, kept)) {
                errors.add(new FieldProblem(field + "[" + i + "]", "unknown or inactive " + kind.value() + " " + code));
            }
        }
    }

    private boolean usable(CatalogKind kind, String code, List<String> kept) {
        return kept.contains(code) ? catalog.exists(kind, code) : catalog.isActive(kind, code);
    }

    private static String reference(Prospect prospect) {
        return "prospect:" + prospect.getId();
    }
}
