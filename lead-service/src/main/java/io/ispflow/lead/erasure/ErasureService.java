package io.ispflow.lead.erasure;

import io.ispflow.lead.history.LeadHistory;
import io.ispflow.lead.lead.Lead;
import io.ispflow.lead.lead.LeadService;
import io.ispflow.lead.prospect.ProspectService;
import io.ispflow.lead.timeline.TimelineService;
import io.ispflow.platform.security.Caller;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The right to erasure, in one transaction: the lead's personal fields, its prospects' exact places,
 * its timeline's free text and positions, and every value in its history are dropped; ids, zone,
 * stage, status, dates and counts stay. Copies this service keeps for other purposes go too: the stored
 * responses of Idempotency-Keys that created it or its prospects, and the already published outbox
 * rows about it. Unpublished outbox rows are left for the relay (they end with {@code lead.erased.v1},
 * which tells every consumer to anonymise its copies).
 */
@Service
class ErasureService {

    private final LeadService leads;
    private final ProspectService prospects;
    private final TimelineService timeline;
    private final LeadHistory history;
    private final JdbcClient jdbc;

    ErasureService(
            LeadService leads,
            ProspectService prospects,
            TimelineService timeline,
            LeadHistory history,
            JdbcClient jdbc) {
        this.leads = leads;
        this.prospects = prospects;
        this.timeline = timeline;
        this.history = history;
        this.jdbc = jdbc;
    }

    @Transactional
    public Lead erase(UUID leadId, Caller caller) {
        Lead lead = leads.lockVisible(leadId, caller);
        prospects.eraseOfLead(leadId, caller);
        timeline.eraseOfLead(leadId, caller);
        history.forgetValues(leadId);
        leads.erase(lead, caller);
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
        return lead;
    }
}
