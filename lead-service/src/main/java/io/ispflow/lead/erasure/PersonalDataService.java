package io.ispflow.lead.erasure;

import io.ispflow.lead.history.LeadHistory;
import io.ispflow.lead.lead.LeadService;
import io.ispflow.lead.lead.LeadView;
import io.ispflow.lead.prospect.ProspectService;
import io.ispflow.lead.timeline.TimelineService;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.PageResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The right of access: this service's part read in one transaction, then every other service's. */
@Service
class PersonalDataService {

    private static final int PAGE = 100;

    private final LeadService leads;
    private final ProspectService prospects;
    private final TimelineService timeline;
    private final LeadHistory history;
    private final ErasureProgress progress;
    private final PeerServices peers;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PersonalDataService(
            LeadService leads,
            ProspectService prospects,
            TimelineService timeline,
            LeadHistory history,
            ErasureProgress progress,
            PeerServices peers,
            TransactionTemplate transactions,
            Clock clock) {
        this.leads = leads;
        this.prospects = prospects;
        this.timeline = timeline;
        this.history = history;
        this.progress = progress;
        this.peers = peers;
        this.transactions = transactions;
        this.clock = clock;
    }

    PersonalDataExport of(UUID leadId, Caller caller) {
        PersonalDataExport.LeadData own = transactions.execute(status -> new PersonalDataExport.LeadData(
                LeadView.of(leads.requireVisible(leadId, caller)),
                all(page -> prospects.ofLead(leadId, page, PAGE, caller)),
                all(page -> timeline.timeline(leadId, page, PAGE, caller)),
                all(page -> history.page(leadId, page, PAGE)),
                progress.of(leadId).orElse(null)));
        List<PersonalDataExport.ServiceData> services = new ArrayList<>();
        services.add(new PersonalDataExport.ServiceData(ErasureProgress.SELF, own));
        peers.personalData(leadId)
                .forEach(peer -> services.add(new PersonalDataExport.ServiceData(peer.service(), peer.data())));
        return new PersonalDataExport(
                leadId, clock.instant().atOffset(ZoneOffset.UTC), caller.subject(), List.copyOf(services));
    }

    private static <T> List<T> all(IntFunction<PageResponse<T>> pages) {
        List<T> items = new ArrayList<>();
        PageResponse<T> page = pages.apply(0);
        items.addAll(page.items());
        for (int next = 1; next < page.totalPages(); next++) {
            items.addAll(pages.apply(next).items());
        }
        return items;
    }
}
