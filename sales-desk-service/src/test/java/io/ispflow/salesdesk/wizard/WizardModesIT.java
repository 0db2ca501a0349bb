package io.ispflow.salesdesk.wizard;

import static io.ispflow.salesdesk.fixtures.LeadFixtures.aLead;
import static io.ispflow.salesdesk.fixtures.LeadFixtures.aProspectOf;
import static io.ispflow.salesdesk.fixtures.WizardFixtures.aWizard;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.ispflow.contracts.ticket.TicketOpened;
import io.ispflow.platform.privacy.PersonalData;
import io.ispflow.salesdesk.fixtures.LeadFixtures.LeadFixture;
import io.ispflow.salesdesk.fixtures.LeadFixtures.ProspectFixture;
import io.ispflow.salesdesk.fixtures.SalesDeskTestSupport;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wizard's three modes, with new and existing leads and prospects: what it asks the lead service
 * (with the caller's token and keys derived from the wizard's), the ticket it answers, and the
 * ticket.opened.v1 event the order service reacts to.
 */
class WizardModesIT extends SalesDeskTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void shouldOpenATicketAloneCreatingTheLeadAndTheProspect() {
        LeadFixture lead = aLead().inZone("NORTE");
        ProspectFixture prospect = aProspectOf(lead);
        leadService.creates(lead).creates(prospect);
        String token = salesToken("NORTE");
        String key = "wizard-" + UUID.randomUUID();
        String traceId = UUID.randomUUID().toString().replace("-", "");

        var response = api().as(token)
                .header("Idempotency-Key", key)
                .header("X-Correlation-Id", "corr-" + key.substring(7, 15))
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .post(
                        "/api/tickets",
                        aWizard()
                                .newLead(lead)
                                .newProspect(prospect)
                                .ticketAlone()
                                .body());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode ticket = response.json();
        assertThat(response.header("Location"))
                .isEqualTo("/api/tickets/" + ticket.get("id").asString());
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
        assertThat(ticket.get("number").asString()).matches("T-\\d{6}");
        assertThat(ticket.get("leadId").asString()).isEqualTo(lead.id().toString());
        assertThat(ticket.get("prospectId").asString()).isEqualTo(prospect.id().toString());
        assertThat(ticket.get("status").asString()).isEqualTo("OPEN");
        assertThat(ticket.get("zone").asString()).isEqualTo("NORTE");
        assertThat(ticket.get("orders").isEmpty()).isTrue();

        LoggedRequest leadCreation = single(leadService.leadCreations());
        assertThat(leadCreation.getHeader("Authorization")).isEqualTo("Bearer " + token);
        assertThat(leadCreation.getHeader("Idempotency-Key")).isEqualTo(key + "/lead");
        assertThat(leadCreation.getHeader("X-Correlation-Id")).isEqualTo("corr-" + key.substring(7, 15));
        // the lead service's work is part of the wizard's trace
        assertThat(leadCreation.getHeader("traceparent")).startsWith("00-" + traceId + "-");
        assertThat(leadCreation.getBodyAsString()).contains(lead.name()).doesNotContain("null");
        LoggedRequest prospectCreation = single(leadService.prospectCreations(lead.id()));
        assertThat(prospectCreation.getHeader("Authorization")).isEqualTo("Bearer " + token);
        assertThat(prospectCreation.getHeader("Idempotency-Key")).isEqualTo(key + "/prospect");

        JsonNode opened = awaitTicketEvent(ticket.get("id").asString(), TicketOpened.TYPE);
        assertThat(opened.get("orderRequest").isNull()).isTrue();
        assertThat(opened.get("number").asString())
                .isEqualTo(ticket.get("number").asString());
        assertThat(opened.get("openedBy").asString()).isEqualTo("sales-NORTE");
    }

    @Test
    void shouldAskForAFeasibilityOrderCreatingTheLeadAndTheProspect() {
        LeadFixture lead = aLead().inZone("NORTE");
        ProspectFixture prospect = aProspectOf(lead);
        leadService.creates(lead).creates(prospect);

        var response = asSales("NORTE")
                .post(
                        "/api/tickets",
                        aWizard()
                                .newLead(lead)
                                .newProspect(prospect)
                                .withFeasibility()
                                .notes("Llamar antes de ir")
                                .body());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode ticket = response.json();
        assertThat(ticket.get("status").asString()).isEqualTo("FEASIBILITY_REQUESTED");
        JsonNode request = ticket.get("orders").get(0);
        assertThat(request.get("kind").asString()).isEqualTo("FEASIBILITY");
        assertThat(request.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(request.get("orderId").isNull()).isTrue();
        assertThat(ticket.get("comments").get(0).get("text").asString()).isEqualTo("Llamar antes de ir");

        JsonNode opened = awaitTicketEvent(ticket.get("id").asString(), TicketOpened.TYPE);
        assertThat(opened.get("orderRequest").get("kind").asString()).isEqualTo("FEASIBILITY");
        assertThat(opened.get("orderRequest").get("requestId").asString())
                .isEqualTo(request.get("requestId").asString());
        assertThat(opened.get("orderRequest").get("notes").asString()).isEqualTo("Llamar antes de ir");
    }

    @Test
    void shouldAskForAnInstallationOrderCreatingTheLeadAndTheProspect() {
        LeadFixture lead = aLead().inZone("NORTE");
        ProspectFixture prospect = aProspectOf(lead);
        leadService.creates(lead).creates(prospect);

        var response = asSales("NORTE")
                .post(
                        "/api/tickets",
                        aWizard()
                                .newLead(lead)
                                .newProspect(prospect)
                                .withInstallation()
                                .body());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode ticket = response.json();
        assertThat(ticket.get("status").asString()).isEqualTo("INSTALLATION_REQUESTED");
        String requestId = ticket.get("orders").get(0).get("requestId").asString();

        JsonNode opened = awaitTicketEvent(ticket.get("id").asString(), TicketOpened.TYPE);
        assertThat(opened.get("orderRequest").get("kind").asString()).isEqualTo("INSTALLATION");
        assertThat(opened.get("orderRequest").get("requestId").asString()).isEqualTo(requestId);
        // the snapshot the order service needs: customer, offer and place
        assertThat(opened.get("contact").get("name").asString()).isEqualTo(lead.name());
        assertThat(opened.get("contact").get("billing").get("taxCondition").asString())
                .isEqualTo("CONSUMIDOR_FINAL");
        assertThat(opened.get("offer").get("plan").asString()).isEqualTo("FIBRA-300");
        assertThat(opened.get("location").get("address").asString()).isEqualTo("Av. Siempreviva 742");
        assertThat(opened.get("zone").asString()).isEqualTo("NORTE");
        // on the topic itself the person's values are sealed with their key; the rest is plain
        JsonNode onTheTopic = JSON.readTree(ticketEvents(ticket.get("id").asString(), TicketOpened.TYPE)
                .get(0)
                .data());
        assertThat(onTheTopic.get("contact").get("name").asString())
                .startsWith(PersonalData.PREFIX + lead.id() + ":")
                .doesNotContain(lead.name());
        assertThat(onTheTopic.get("location").get("address").asString()).startsWith(PersonalData.PREFIX);
        assertThat(onTheTopic.get("location").get("city").asString()).isEqualTo("Vicente López");
    }

    @Test
    void shouldCreateAProspectForAnExistingLead() {
        LeadFixture lead = aLead().inZone("NORTE").assignedTo("ana");
        ProspectFixture prospect = aProspectOf(lead);
        leadService.has(lead).creates(prospect);
        String key = "wizard-" + UUID.randomUUID();

        var response = asSales("NORTE")
                .header("Idempotency-Key", key)
                .post(
                        "/api/tickets",
                        aWizard()
                                .existingLead(lead)
                                .newProspect(prospect)
                                .withInstallation()
                                .body());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode ticket = response.json();
        assertThat(ticket.get("leadId").asString()).isEqualTo(lead.id().toString());
        assertThat(ticket.get("prospectId").asString()).isEqualTo(prospect.id().toString());
        assertThat(ticket.get("assignee").asString()).as("the lead's assignee").isEqualTo("ana");
        assertThat(leadService.leadCreations()).isEmpty();
        assertThat(leadService.leadReads(lead.id())).hasSize(1);
        assertThat(single(leadService.prospectCreations(lead.id())).getHeader("Idempotency-Key"))
                .isEqualTo(key + "/prospect");
        awaitTicketEvent(
                ticket.get("id").asString(),
                TicketOpened.TYPE,
                e -> e.get("orderRequest").get("kind").asString().equals("INSTALLATION"));
    }

    @Test
    void shouldOpenATicketForAnExistingLeadAndProspect() {
        LeadFixture lead = aLead().inZone("NORTE");
        ProspectFixture prospect = aProspectOf(lead);
        leadService.has(lead).has(prospect);
        String token = salesToken("NORTE");

        var response = api().as(token)
                .post(
                        "/api/tickets",
                        aWizard()
                                .existingLead(lead)
                                .existingProspect(prospect)
                                .withFeasibility()
                                .assignedTo("luis")
                                .tagged("fibra", "urgente", "fibra")
                                .body());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode ticket = response.json();
        assertThat(ticket.get("status").asString()).isEqualTo("FEASIBILITY_REQUESTED");
        assertThat(ticket.get("assignee").asString()).isEqualTo("luis");
        assertThat(ticket.get("tags").valueStream().map(JsonNode::asString)).containsExactly("fibra", "urgente");
        JsonNode contact = ticket.get("contact");
        assertThat(contact.get("leadId").asString()).isEqualTo(lead.id().toString());
        assertThat(contact.get("documentNumber").asString()).isEqualTo(lead.documentNumber());
        assertThat(contact.get("billing").get("invoiceType").asString()).isEqualTo("B");
        assertThat(ticket.get("offer").get("recurringItems").get(0).asString()).isEqualTo("ROUTER-WIFI6");
        assertThat(ticket.get("location").get("latitude").asDouble()).isEqualTo(-34.5265);
        assertThat(leadService.leadCreations()).isEmpty();
        assertThat(leadService.prospectCreations(lead.id())).isEmpty();
        assertThat(single(leadService.prospectReads(prospect.id())).getHeader("Authorization"))
                .isEqualTo("Bearer " + token);

        awaitTicketEvent(
                ticket.get("id").asString(),
                TicketOpened.TYPE,
                e -> e.get("orderRequest").get("kind").asString().equals("FEASIBILITY"));
    }

    @Test
    void shouldTakeTheZoneOfTheLeadWhenTheLocationHasNone() {
        LeadFixture lead = aLead().inZone("SUR");
        ProspectFixture prospect = aProspectOf(lead).inZone(null);
        leadService.has(lead).has(prospect);

        var response = asSales("SUR")
                .post(
                        "/api/tickets",
                        aWizard()
                                .existingLead(lead)
                                .existingProspect(prospect)
                                .ticketAlone()
                                .body());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().get("zone").asString()).isEqualTo("SUR");
        assertThat(response.json().get("location").get("zone").isNull()).isTrue();
    }

    @Test
    void shouldDeriveFreshKeysForTheLeadServiceWhenTheClientSendsNone() {
        LeadFixture lead = aLead().inZone("NORTE");
        ProspectFixture prospect = aProspectOf(lead);
        leadService.creates(lead).creates(prospect);

        var response = asSales("NORTE")
                .post(
                        "/api/tickets",
                        aWizard()
                                .newLead(lead)
                                .newProspect(prospect)
                                .ticketAlone()
                                .body());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String leadKey = single(leadService.leadCreations()).getHeader("Idempotency-Key");
        String prospectKey = single(leadService.prospectCreations(lead.id())).getHeader("Idempotency-Key");
        assertThat(leadKey).matches("[0-9a-f-]{36}/lead");
        assertThat(prospectKey).isEqualTo(leadKey.replace("/lead", "/prospect"));
    }

    private static LoggedRequest single(java.util.List<LoggedRequest> requests) {
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }
}
