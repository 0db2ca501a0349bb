package io.ispflow.lead.erasure;

import io.ispflow.lead.history.LeadHistory;
import io.ispflow.lead.lead.Lead;
import io.ispflow.lead.lead.LeadService;
import io.ispflow.lead.prospect.ProspectService;
import io.ispflow.lead.timeline.TimelineService;
import io.ispflow.platform.privacy.PersonKeys;
import io.ispflow.platform.problem.ConflictException;
import io.ispflow.platform.problem.NotFoundException;
import io.ispflow.platform.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The right to erasure (ADR 0010, ADR 0017), in three steps:
 *
 * <ol>
 *   <li>refuse while the person has a contract in force (the contract service is asked now, with the
 *       administrator's token): the law requires keeping a customer's identity with its contracts;
 *   <li>destroy the person's key, so every copy of their personal data on every topic (sealed with it)
 *       is unreadable from that moment, wherever it was copied to;
 *   <li>in one transaction: anonymise the lead, its prospects' exact places, its timeline's free text and
 *       positions, every value of its history, the stored responses of Idempotency-Keys that created them
 *       and the published outbox rows about it; record the erasure, this service's confirmation and the
 *       key's destruction; publish {@code lead.erased.v1}, on which every other service anonymises its
 *       own copies and confirms.
 * </ol>
 *
 * Asking again for a lead already erased publishes {@code lead.erased.v1} again, so a service that did
 * not confirm is asked once more; what was erased stays erased.
 */
@Service
class ErasureService {

    private final LeadService leads;
    private final ProspectService prospects;
    private final TimelineService timeline;
    private final LeadHistory history;
    private final ErasureProgress progress;
    private final PeerServices peers;
    private final PersonKeys keys;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ErasureService(
            LeadService leads,
            ProspectService prospects,
            TimelineService timeline,
            LeadHistory history,
            ErasureProgress progress,
            PeerServices peers,
            PersonKeys keys,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.leads = leads;
        this.prospects = prospects;
        this.timeline = timeline;
        this.history = history;
        this.progress = progress;
        this.peers = peers;
        this.keys = keys;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Lead erase(UUID leadId, Caller caller) {
        transactions.executeWithoutResult(status -> leads.requireVisible(leadId, caller));
        List<PeerServices.ContractInForce> inForce = peers.contractsInForce(leadId);
        if (!inForce.isEmpty()) {
            throw new ConflictException(
                            "contracts-in-force",
                            "The person is a customer with contracts in force ("
                                    + inForce.stream()
                                            .map(c -> c.number() + " " + c.status())
                                            .collect(Collectors.joining(", "))
                                    + "). The law requires keeping a customer's identity with their contracts and"
                                    + " invoices: terminate them first, then erase.")
                    .with("contracts", inForce);
        }
        keys.destroy(leadId);
        OffsetDateTime keyDestroyedAt = keys.destroyedAt(leadId).orElseThrow();
        return transactions.execute(status -> {
            Lead lead = leads.lockVisible(leadId, caller);
            Instant now = clock.instant();
            progress.requested(leadId, caller.subject(), now);
            progress.keyDestroyed(leadId, keyDestroyedAt);
            if (lead.isErased()) {
                leads.askAgainToErase(lead, caller);
                return lead;
            }
            int records = 1 + countOf("prospect", leadId) + countOf("timeline_entry", leadId);
            prospects.eraseOfLead(leadId, caller);
            timeline.eraseOfLead(leadId, caller);
            history.forgetValues(leadId);
            leads.erase(lead, caller);
            forgetCopies(leadId);
            progress.confirmedHere(leadId, records, now);
            return lead;
        });
    }

    /** The erasure's progress: 404 when the lead is not visible, or was never erased. */
    public ErasureView progressOf(UUID leadId, Caller caller) {
        transactions.executeWithoutResult(status -> leads.requireVisible(leadId, caller));
        return progress.of(leadId).orElseThrow(() -> new NotFoundException("The erasure of lead", leadId));
    }

    /** Stored responses of the Idempotency-Keys that made the lead and its parts, and published outbox rows. */
    private void forgetCopies(UUID leadId) {
        jdbc.sql(
                        """
                        DELETE FROM idempotency_key
                         WHERE response_location = :lead
                            OR response_location IN (SELECT '/api/prospects/' || id FROM prospect WHERE lead_id = :id)
                            OR response_location LIKE :timeline
                        """)
                .param("lead", "/api/leads/" + leadId)
                .param("id", leadId)
                .param("timeline", "/api/leads/" + leadId + "/timeline/%")
                .update();
        jdbc.sql("DELETE FROM outbox_event WHERE event_key = :key AND published_at IS NOT NULL")
                .param("key", leadId.toString())
                .update();
    }

    private int countOf(String table, UUID leadId) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE lead_id = :id")
                .param("id", leadId)
                .query(Integer.class)
                .single();
    }
}
