package io.ispflow.salesdesk.wizard;

import io.ispflow.contracts.shared.Location;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.problem.ConflictException;
import io.ispflow.platform.problem.FieldProblem;
import io.ispflow.platform.problem.ProblemException;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.security.ZoneVisibility;
import io.ispflow.salesdesk.leadclient.LeadClient;
import io.ispflow.salesdesk.leadclient.LeadServiceRejection;
import io.ispflow.salesdesk.leadclient.LeadView;
import io.ispflow.salesdesk.leadclient.ProspectView;
import io.ispflow.salesdesk.ticket.NewTicket;
import io.ispflow.salesdesk.ticket.Ticket;
import io.ispflow.salesdesk.ticket.TicketService;
import io.ispflow.salesdesk.ticket.TicketView;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The create-ticket wizard: finds or creates the lead, then finds or creates its prospect (through
 * the lead service, while the user waits), then opens the ticket from their snapshot, with the order
 * it asks for. Nothing of the ticket is stored unless every step succeeds.
 *
 * <p>Idempotency: the platform replays the wizard's first successful answer for its Idempotency-Key
 * (the key row lives in this request's transaction, so a concurrent double-click waits and replays).
 * The remote creations carry keys derived from it ({@code <key>/lead}, {@code <key>/prospect}), which
 * the lead service replays; so a retry after a partial failure (the lead was made, the prospect was
 * not) completes the same lead and prospect instead of making new ones. See ADR 0012.
 */
@Service
public class WizardService {

    /** Keys longer than this are hashed before deriving the lead service's keys (its limit is 200). */
    static final int MAX_KEY_BASE = 180;

    private final LeadClient leads;
    private final TicketService tickets;

    WizardService(LeadClient leads, TicketService tickets) {
        this.leads = leads;
        this.tickets = tickets;
    }

    /** Not transactional itself: no database connection is held while the lead service is called. */
    public TicketView open(WizardRequest request, Caller caller, String idempotencyKey) {
        checkShape(request, caller);
        String keyBase = keyBase(idempotencyKey);

        boolean leadIsNew = request.lead().newLead() != null;
        LeadView lead = leadIsNew
                ? createLead(request, keyBase)
                : leads.lead(request.lead().id());
        try {
            ProspectView prospect = request.prospect().newProspect() != null
                    ? createProspect(request, lead, keyBase)
                    : existingProspect(request.prospect().id(), lead);
            return tickets.open(ticketFrom(request, lead, prospect, caller), caller);
        } catch (ProblemException failure) {
            if (leadIsNew) {
                // the lead stays (it is a lead like any other); the retry with the same key reuses it,
                // and a client that changes the request can continue with {"lead": {"id": ...}}
                failure.with("leadId", lead.id().toString());
            }
            throw failure;
        }
    }

    /** Everything that can be checked without the lead service, so a bad request creates nothing. */
    private static void checkShape(WizardRequest request, Caller caller) {
        List<FieldProblem> problems = request.problems();
        if (!problems.isEmpty()) {
            throw (BadRequestException)
                    new BadRequestException("validation", "The request has invalid fields.").with("errors", problems);
        }
        Ticket.normalizeTags(request.tags());
        if (request.lead().newLead() != null) {
            ZoneVisibility.requireHolds(caller, request.lead().newLead().zone());
        }
        if (request.prospect().newProspect() != null) {
            ZoneVisibility.requireHolds(
                    caller, request.prospect().newProspect().location().zone());
        }
    }

    private LeadView createLead(WizardRequest request, String keyBase) {
        try {
            return leads.createLead(request.lead().newLead(), keyBase + "/lead");
        } catch (LeadServiceRejection rejected) {
            throw rejected.withFieldPrefix("lead.new.");
        }
    }

    private ProspectView createProspect(WizardRequest request, LeadView lead, String keyBase) {
        try {
            return leads.createProspect(lead.id(), request.prospect().newProspect(), keyBase + "/prospect");
        } catch (LeadServiceRejection rejected) {
            throw rejected.withFieldPrefix("prospect.new.");
        }
    }

    private ProspectView existingProspect(UUID id, LeadView lead) {
        ProspectView prospect = leads.prospect(id);
        if (!lead.id().equals(prospect.leadId())) {
            throw BadRequestException.invalidField("prospect.id", "belongs to another lead than " + lead.id());
        }
        if (prospect.isCancelled()) {
            throw new ConflictException(
                    "prospect-cancelled", "Prospect " + id + " was cancelled; create a new prospect for the lead.");
        }
        return prospect;
    }

    /**
     * The ticket's snapshot: contact from the lead, offer and location from the prospect; its zone is
     * the location's, else the lead's. Its assignee: the one asked for, else the lead's, else the caller.
     */
    private static NewTicket ticketFrom(WizardRequest request, LeadView lead, ProspectView prospect, Caller caller) {
        Location location = prospect.location();
        String zone = location != null && location.zone() != null ? location.zone() : lead.zone();
        String assignee = firstNonBlank(request.assignee(), lead.assignee(), caller.subject());
        return new NewTicket(
                lead.id(),
                prospect.id(),
                zone,
                assignee,
                request.tags(),
                lead.toContact(),
                prospect.offer(),
                location,
                request.create().orderKind(),
                request.notes());
    }

    /** The client's key, hashed when too long to derive from; a fresh one when it sent none. */
    static String keyBase(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return UUID.randomUUID().toString();
        }
        if (idempotencyKey.length() <= MAX_KEY_BASE) {
            return idempotencyKey;
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.trim();
            }
        }
        return null;
    }
}
