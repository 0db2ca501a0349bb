package io.ispflow.salesdesk.wizard;

import static io.ispflow.salesdesk.fixtures.LeadFixtures.aLead;
import static io.ispflow.salesdesk.fixtures.LeadFixtures.aProspectOf;
import static io.ispflow.salesdesk.fixtures.WizardFixtures.aWizard;
import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.contracts.ticket.TicketOpened;
import io.ispflow.salesdesk.fixtures.LeadFixtures.LeadFixture;
import io.ispflow.salesdesk.fixtures.LeadFixtures.ProspectFixture;
import io.ispflow.salesdesk.fixtures.SalesDeskTestSupport;
import io.ispflow.testsupport.Api;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * The whole wizard under one Idempotency-Key: a double submit, sequential or concurrent, makes one
 * lead, one prospect and one ticket; a retry after a partial failure completes the same ones.
 */
class WizardIdempotencyIT extends SalesDeskTestSupport {

    @Test
    void shouldReplayTheFirstTicketWhenTheSameRequestIsSubmittedTwice() {
        LeadFixture lead = aLead().inZone("NORTE");
        ProspectFixture prospect = aProspectOf(lead);
        leadService.creates(lead).creates(prospect);
        Api ana = asSales("NORTE").header("Idempotency-Key", "double-" + UUID.randomUUID());
        Map<String, Object> body =
                aWizard().newLead(lead).newProspect(prospect).withInstallation().body();

        var first = ana.post("/api/tickets", body);
        var second = ana.post("/api/tickets", body);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(leadService.leadCreations()).hasSize(1);
        assertThat(leadService.prospectCreations(lead.id())).hasSize(1);
        assertThat(ticketsOfLead(lead.id())).isEqualTo(1);
        String ticketId = first.json().get("id").asString();
        awaitTicketEvent(ticketId, TicketOpened.TYPE);
        assertThat(ticketEvents(ticketId, TicketOpened.TYPE)).hasSize(1);
    }

    @Test
    void shouldOpenOneTicketWhenTheSameRequestIsSubmittedTwiceAtOnce() throws Exception {
        LeadFixture lead = aLead().inZone("NORTE");
        ProspectFixture prospect = aProspectOf(lead);
        leadService.creates(lead).creates(prospect);
        String key = "click-click-" + UUID.randomUUID();
        Api ana = asSales("NORTE").header("Idempotency-Key", key);
        Map<String, Object> body =
                aWizard().newLead(lead).newProspect(prospect).withFeasibility().body();
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<Api.Response>> clicks = List.of(
                CompletableFuture.supplyAsync(() -> submitAfter(start, ana, body)),
                CompletableFuture.supplyAsync(() -> submitAfter(start, ana, body)));
        start.countDown();
        List<Api.Response> answers = List.of(clicks.get(0).get(), clicks.get(1).get());

        assertThat(answers)
                .allSatisfy(answer ->
                        assertThat(answer.status()).as(answer.toString()).isEqualTo(201));
        assertThat(answers.get(0).json().get("id").asString())
                .isEqualTo(answers.get(1).json().get("id").asString());
        assertThat(ticketsOfLead(lead.id())).isEqualTo(1);
        // the second click waited for the first and replayed it: the lead service saw one wizard
        assertThat(leadService.leadCreations())
                .hasSize(1)
                .extracting(request -> request.getHeader("Idempotency-Key"))
                .containsOnly(key + "/lead");
        assertThat(leadService.prospectCreations(lead.id()))
                .hasSize(1)
                .extracting(request -> request.getHeader("Idempotency-Key"))
                .containsOnly(key + "/prospect");
    }

    @Test
    void shouldCompleteTheSameLeadAndProspectWhenRetriedAfterAPartialFailure() {
        LeadFixture lead = aLead().inZone("NORTE");
        ProspectFixture prospect = aProspectOf(lead);
        // the lead is created, then the lead service fails on the prospect for longer than the retries
        leadService.creates(lead).failsToCreate(prospect, 3, 503);
        String key = "partial-" + UUID.randomUUID();
        Api ana = asSales("NORTE").header("Idempotency-Key", key);
        Map<String, Object> body =
                aWizard().newLead(lead).newProspect(prospect).withInstallation().body();

        var failed = ana.post("/api/tickets", body);

        assertThat(failed.status()).as(failed.toString()).isEqualTo(503);
        assertThat(failed.contentType()).startsWith("application/problem+json");
        assertThat(failed.json().get("type").asString()).isEqualTo("urn:problem:ispflow:dependency-unavailable");
        assertThat(failed.json().get("leadId").asString()).isEqualTo(lead.id().toString());
        assertThat(ticketsOfLead(lead.id())).isZero();

        var retried = ana.post("/api/tickets", body);

        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isNull();
        assertThat(retried.json().get("leadId").asString()).isEqualTo(lead.id().toString());
        assertThat(retried.json().get("prospectId").asString())
                .isEqualTo(prospect.id().toString());
        assertThat(ticketsOfLead(lead.id())).isEqualTo(1);
        assertThat(leadService.leadCreations())
                .hasSize(2)
                .extracting(request -> request.getHeader("Idempotency-Key"))
                .containsOnly(key + "/lead");
        assertThat(leadService.prospectCreations(lead.id()))
                .as("three attempts in the first wizard, one in the retry")
                .hasSize(4)
                .extracting(request -> request.getHeader("Idempotency-Key"))
                .containsOnly(key + "/prospect");
    }

    @Test
    void shouldRetryReadsWhileTheLeadServiceAnswers5xx() {
        LeadFixture lead = aLead().inZone("NORTE");
        ProspectFixture prospect = aProspectOf(lead);
        leadService.failsToRead(lead, 2, 502).has(prospect);

        var response = asSales("NORTE")
                .post(
                        "/api/tickets",
                        aWizard()
                                .existingLead(lead)
                                .existingProspect(prospect)
                                .ticketAlone()
                                .body());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(leadService.leadReads(lead.id())).hasSize(3);
    }

    private static Api.Response submitAfter(CountDownLatch start, Api api, Map<String, Object> body) {
        try {
            start.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
        return api.post("/api/tickets", body);
    }
}
