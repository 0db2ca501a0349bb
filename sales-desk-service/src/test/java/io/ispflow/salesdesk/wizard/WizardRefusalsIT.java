package io.ispflow.salesdesk.wizard;

import static io.ispflow.salesdesk.fixtures.LeadFixtures.aLead;
import static io.ispflow.salesdesk.fixtures.LeadFixtures.aProspectOf;
import static io.ispflow.salesdesk.fixtures.WizardFixtures.aWizard;
import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.salesdesk.fixtures.LeadFixtures.LeadFixture;
import io.ispflow.salesdesk.fixtures.LeadFixtures.ProspectFixture;
import io.ispflow.salesdesk.fixtures.SalesDeskTestSupport;
import io.ispflow.testsupport.Api;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the wizard refuses, and when: a malformed request or a zone the caller does not hold before any
 * call to the lead service (so nothing is created there), and the lead service's own refusals passed
 * on as they are. No ticket is stored in any of these cases.
 */
class WizardRefusalsIT extends SalesDeskTestSupport {

    @Test
    void shouldRefuseAMalformedChoiceBeforeCallingTheLeadService() {
        LeadFixture lead = aLead();
        Map<String, Object> both = Map.of("id", lead.id().toString(), "new", lead.createBody());

        var response = asSales("NORTE")
                .post(
                        "/api/tickets",
                        aWizard().lead(both).prospect(Map.of()).create("TICKET").body());

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(fields(response)).containsExactlyInAnyOrder("lead", "prospect");
        assertThat(leadService.allRequests()).isEmpty();
        assertThat(ticketsOfLead(lead.id())).isZero();
    }

    @Test
    void shouldRefuseAnIncompleteNewProspectBeforeCreatingTheLead() {
        LeadFixture lead = aLead().named(" ");
        Map<String, Object> noPlan = Map.of(
                "new",
                Map.of(
                        "offer",
                        Map.of("recurringItems", List.of()),
                        "location",
                        Map.of("city", "Tigre", "latitude", 95)));

        var response = asSales("NORTE")
                .post(
                        "/api/tickets",
                        aWizard().newLead(lead).prospect(noPlan).create(null).body());

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(fields(response))
                .containsExactlyInAnyOrder(
                        "lead.new.name",
                        "prospect.new.offer.plan",
                        "prospect.new.location.address",
                        "prospect.new.location.latitude",
                        "create");
        assertThat(leadService.allRequests()).isEmpty();
    }

    @Test
    void shouldRefuseAnExistingProspectForANewLead() {
        LeadFixture lead = aLead();
        ProspectFixture prospect = aProspectOf(lead);

        var response = asSales("NORTE")
                .post(
                        "/api/tickets",
                        aWizard()
                                .newLead(lead)
                                .existingProspect(prospect)
                                .ticketAlone()
                                .body());

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("prospect.id");
        assertThat(leadService.allRequests()).isEmpty();
    }

    @Test
    void shouldRefuseUnknownFieldsAndModes() {
        LeadFixture lead = aLead();
        ProspectFixture prospect = aProspectOf(lead);
        Map<String, Object> body = aWizard()
                .existingLead(lead)
                .existingProspect(prospect)
                .create("TICKET_AND_CONTRACT")
                .body();

        var unknownMode = asSales("NORTE").post("/api/tickets", body);
        var unknownField = asSales("NORTE")
                .post("/api/tickets", Map.of("lead", Map.of("id", lead.id().toString(), "nickname", "x")));

        assertThat(unknownMode.status()).isEqualTo(400);
        assertThat(unknownMode.contentType()).startsWith("application/problem+json");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().get("detail").asString()).contains("nickname");
        assertThat(leadService.allRequests()).isEmpty();
    }

    @Test
    void shouldRefuseToOpenATicketForAProspectInAZoneNotHeld() {
        LeadFixture lead = aLead().inZone("SUR");
        ProspectFixture prospect = aProspectOf(lead).inZone("NORTE");

        var response = asSales("SUR")
                .post(
                        "/api/tickets",
                        aWizard()
                                .newLead(lead)
                                .newProspect(prospect)
                                .withInstallation()
                                .body());

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:problem:ispflow:zone-not-held");
        assertThat(leadService.allRequests())
                .as("nothing is created at the lead service")
                .isEmpty();
    }

    @Test
    void shouldRefuseATicketInAZoneNotHeldEvenWhenTheLeadServiceShowsTheProspect() {
        // the lead service should answer 404 here; the sales desk does not rely on it (defence in depth)
        LeadFixture lead = aLead().inZone("NORTE");
        ProspectFixture prospect = aProspectOf(lead);
        leadService.has(lead).has(prospect);

        var response = asSales("SUR")
                .post(
                        "/api/tickets",
                        aWizard()
                                .existingLead(lead)
                                .existingProspect(prospect)
                                .ticketAlone()
                                .body());

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(ticketsOfLead(lead.id())).isZero();
    }

    @Test
    void shouldRefuseAProspectOfAnotherLead() {
        LeadFixture lead = aLead();
        ProspectFixture prospect = aProspectOf(lead).ofAnotherLead();
        leadService.has(lead).has(prospect);

        var response = asSales("NORTE")
                .post(
                        "/api/tickets",
                        aWizard()
                                .existingLead(lead)
                                .existingProspect(prospect)
                                .ticketAlone()
                                .body());

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("prospect.id");
        assertThat(ticketsOfLead(lead.id())).isZero();
    }

    @Test
    void shouldRefuseACancelledProspect() {
        LeadFixture lead = aLead();
        ProspectFixture prospect = aProspectOf(lead).cancelled();
        leadService.has(lead).has(prospect);

        var response = asSales("NORTE")
                .post(
                        "/api/tickets",
                        aWizard()
                                .existingLead(lead)
                                .existingProspect(prospect)
                                .ticketAlone()
                                .body());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:problem:ispflow:prospect-cancelled");
    }

    @Test
    void shouldPassOnTheLeadServicesValidationErrorsWithTheirPlaceInTheWizard() {
        LeadFixture lead = aLead();
        leadService.refusesToCreate(lead, 400, validationProblem("email", "must be a well-formed email address"));

        var response = asSales("NORTE")
                .post(
                        "/api/tickets",
                        aWizard()
                                .newLead(lead)
                                .newProspect(aProspectOf(lead))
                                .ticketAlone()
                                .body());

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:problem:ispflow:validation");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("lead.new.email");
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must be a well-formed email address");
        assertThat(leadService.leadCreations()).as("a 4xx is never retried").hasSize(1);
        assertThat(leadService.prospectCreations(lead.id())).isEmpty();
        assertThat(ticketsOfLead(lead.id())).isZero();
    }

    @Test
    void shouldPassOnTheProspectsValidationErrorsWithTheLeadAlreadyCreated() {
        LeadFixture lead = aLead();
        ProspectFixture prospect = aProspectOf(lead);
        leadService
                .creates(lead)
                .refusesToCreate(prospect, 400, validationProblem("offer.plan", "unknown or inactive plan FIBRA-300"));

        var response = asSales("NORTE")
                .post(
                        "/api/tickets",
                        aWizard()
                                .newLead(lead)
                                .newProspect(prospect)
                                .withFeasibility()
                                .body());

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("prospect.new.offer.plan");
        // the lead exists now: the client can go on with {"lead": {"id": ...}}
        assertThat(response.json().get("leadId").asString()).isEqualTo(lead.id().toString());
        assertThat(ticketsOfLead(lead.id())).isZero();
    }

    @Test
    void shouldPassOnADuplicateDocumentConflict() {
        LeadFixture lead = aLead();
        String existing = UUID.randomUUID().toString();
        leadService.refusesToCreate(
                lead,
                409,
                Map.of(
                        "type",
                        "urn:problem:ispflow:duplicate-document",
                        "title",
                        "Conflict",
                        "status",
                        409,
                        "detail",
                        "A lead with document DNI " + lead.documentNumber() + " already exists.",
                        "existingLeadId",
                        existing));

        var response = asSales("NORTE")
                .post(
                        "/api/tickets",
                        aWizard()
                                .newLead(lead)
                                .newProspect(aProspectOf(lead))
                                .ticketAlone()
                                .body());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:problem:ispflow:duplicate-document");
        assertThat(response.json().get("existingLeadId").asString()).isEqualTo(existing);
    }

    @Test
    void shouldAnswerNotFoundForALeadTheLeadServiceDoesNotShow() {
        LeadFixture lead = aLead();
        leadService.doesNotShow(lead);

        var response = asSales("NORTE")
                .post(
                        "/api/tickets",
                        aWizard()
                                .existingLead(lead)
                                .newProspect(aProspectOf(lead))
                                .ticketAlone()
                                .body());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asString()).contains(lead.id().toString());
        assertThat(leadService.leadReads(lead.id()))
                .as("a 404 is never retried")
                .hasSize(1);
    }

    @Test
    void shouldLetOnlySellersOpenTickets() {
        LeadFixture lead = aLead();
        Api planner = asPlanner();

        var response = planner.post(
                "/api/tickets",
                aWizard()
                        .existingLead(lead)
                        .existingProspect(aProspectOf(lead))
                        .ticketAlone()
                        .body());

        assertThat(response.status()).isEqualTo(403);
        assertThat(leadService.allRequests()).isEmpty();
    }

    private static Map<String, Object> validationProblem(String field, String message) {
        return Map.of(
                "type", "urn:problem:ispflow:validation",
                "title", "Validation failed",
                "status", 400,
                "detail", "The request has invalid fields.",
                "errors", List.of(Map.of("field", field, "message", message)));
    }

    private static List<String> fields(Api.Response response) {
        return response.json()
                .get("errors")
                .valueStream()
                .map(error -> error.get("field").asString())
                .toList();
    }
}
