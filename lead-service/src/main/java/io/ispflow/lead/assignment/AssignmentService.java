package io.ispflow.lead.assignment;

import io.ispflow.contracts.catalog.CatalogKind;
import io.ispflow.lead.common.Text;
import io.ispflow.lead.lead.Lead;
import io.ispflow.lead.lead.LeadService;
import io.ispflow.platform.catalog.CatalogCopy;
import io.ispflow.platform.problem.NotFoundException;
import io.ispflow.platform.problem.ProblemException;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.security.ZoneVisibility;
import io.ispflow.platform.web.ETags;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bulk reassignment and the per-zone auto-assignment configuration. */
@Service
class AssignmentService {

    /** What happened to one lead of a bulk reassignment. */
    enum Outcome {
        REASSIGNED,
        UNCHANGED,
        NOT_FOUND,
        REFUSED
    }

    record Result(
            @Schema(example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c") UUID leadId,
            @Schema(example = "REASSIGNED") Outcome outcome,
            @Schema(description = "why it was refused") String message) {}

    private final LeadService leads;
    private final AutoAssignmentRepository assignments;
    private final CatalogCopy catalog;
    private final Clock clock;

    AssignmentService(LeadService leads, AutoAssignmentRepository assignments, CatalogCopy catalog, Clock clock) {
        this.leads = leads;
        this.assignments = assignments;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * Gives every listed lead to {@code assignee}, in one transaction; each reassignment is recorded and
     * published on its own. A lead the caller cannot see is NOT_FOUND (as over HTTP); one that cannot
     * change (erased) is REFUSED. The others are unaffected.
     */
    @Transactional
    public List<Result> reassignAll(List<UUID> leadIds, String assignee, Caller caller) {
        String target = Text.clean(assignee);
        List<Result> results = new ArrayList<>();
        // sorted: two bulk requests over overlapping leads lock them in the same order (no deadlock)
        for (UUID id : new LinkedHashSet<>(leadIds).stream().sorted().toList()) {
            Lead lead;
            try {
                lead = leads.lockVisible(id, caller);
            } catch (NotFoundException hidden) {
                results.add(new Result(id, Outcome.NOT_FOUND, null));
                continue;
            }
            if (lead.isErased()) {
                results.add(new Result(id, Outcome.REFUSED, "The lead was erased."));
                continue;
            }
            try {
                boolean changed = leads.reassignLead(lead, target, caller);
                results.add(new Result(id, changed ? Outcome.REASSIGNED : Outcome.UNCHANGED, null));
            } catch (ProblemException refused) {
                results.add(new Result(id, Outcome.REFUSED, refused.getMessage()));
            }
        }
        return results;
    }

    @Transactional(readOnly = true)
    public AutoAssignment get(String zone, Caller caller) {
        if (!caller.canSee(zone)) {
            throw new NotFoundException("Auto-assignment of zone", zone);
        }
        return assignments.findById(zone).orElseGet(() -> new AutoAssignment(zone));
    }

    /**
     * Sets a zone's auto-assignment (managers of the zone). Replacing an existing configuration needs its
     * ETag in If-Match; the first one does not.
     */
    @Transactional
    public AutoAssignment configure(
            String zone, String ifMatch, boolean enabled, List<String> salespeople, Caller caller) {
        ZoneVisibility.requireHolds(caller, zone);
        AutoAssignment config = assignments.findForUpdate(zone).orElse(null);
        if (config == null) {
            catalog.requireActive(CatalogKind.ZONE, zone, "zone");
            config = new AutoAssignment(zone);
        } else {
            ETags.requireMatch(ifMatch, config.getVersion());
        }
        List<String> cleaned = salespeople == null
                ? List.of()
                : salespeople.stream().map(Text::clean).filter(s -> s != null).toList();
        config.configure(enabled, cleaned, Text.now(clock), caller.subject());
        return assignments.saveAndFlush(config);
    }
}
