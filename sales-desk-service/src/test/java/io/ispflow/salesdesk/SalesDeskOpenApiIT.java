package io.ispflow.salesdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.salesdesk.fixtures.SalesDeskTestSupport;
import io.ispflow.testsupport.OpenApiDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document is a contract clients can generate code from: every operation named after what
 * users do, summarized, described with the roles it allows and tagged by feature, and the wizard's
 * choices shown as valid examples.
 */
class SalesDeskOpenApiIT extends SalesDeskTestSupport {

    private JsonNode document() {
        return api().get("/v3/api-docs").json();
    }

    @Test
    void shouldNameDescribeAndTagEveryOperation() {
        JsonNode document = document();
        List<String> operationIds = OpenApiDocuments.assertEveryOperationNamedAndDescribed(document);

        assertThat(document.get("paths").valueStream().flatMap(JsonNode::valueStream))
                .allSatisfy(
                        operation -> assertThat(operation.path("description").asString())
                                .as(operation.path("operationId").asString())
                                .contains("Roles:"));
        assertThat(operationIds)
                .containsExactlyInAnyOrder(
                        "listTickets",
                        "getTicketBoard",
                        "openTicketThroughWizard",
                        "getTicket",
                        "updateTicketAssigneeAndTags",
                        "addTicketComment",
                        "requestTicketOrder",
                        "markTicketLost",
                        "cancelTicket",
                        "exportTicketPersonalData");
    }

    @Test
    void shouldDocumentTheWizardAsACreationWithValidChoices() {
        JsonNode document = document();
        JsonNode wizard = document.get("paths").get("/api/tickets").get("post");

        assertThat(wizard.get("tags").get(0).asString()).isEqualTo("Create-ticket wizard");
        assertThat(wizard.get("responses").has("201")).isTrue();
        assertThat(wizard.get("requestBody").toString()).contains("WizardRequest");
        JsonNode schemas = document.get("components").get("schemas");
        // exactly one of id and new: each choice shows one
        assertThat(schemas.get("LeadChoice").get("example").propertyNames()).containsExactly("id");
        JsonNode newProspect = schemas.get("ProspectChoice").get("example").get("new");
        assertThat(newProspect.get("offer").get("plan").asString()).isEqualTo("FIBRA-300");
        assertThat(newProspect.get("location").get("zone").asString()).isEqualTo("NORTE");
        assertThat(schemas.get("WizardRequest").get("required").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("lead", "prospect", "create");
    }

    @Test
    void shouldDocumentThePersonalDataExportForAdministrators() {
        JsonNode document = document();
        JsonNode export = document.at("/paths/~1api~1tickets~1personal-data~1{leadId}/get");

        assertThat(export.get("tags").get(0).asString()).isEqualTo("Personal data");
        assertThat(document.get("tags").valueStream().map(tag -> tag.get("name").asString()))
                .contains("Personal data");
        assertThat(export.get("description").asString()).contains("ADMIN", "403");
        assertThat(export.get("responses").has("403")).isTrue();
        JsonNode example = export.at("/responses/200/content/application~1json/example");
        assertThat(example.propertyNames())
                .contains("service", "leadId", "generatedAt", "tickets", "statusChanges", "events", "storedResponses");
        assertThat(example.get("tickets").get(0).get("contact").get("name").asString())
                .isNotBlank();
    }

    @Test
    void shouldFlattenTheBoardFiltersIntoQueryParameters() {
        JsonNode list = document().get("paths").get("/api/tickets").get("get");

        List<String> parameters = list.get("parameters")
                .valueStream()
                .peek(parameter -> assertThat(parameter.path("description").asString())
                        .as(parameter.toString())
                        .isNotBlank())
                .filter(parameter -> "query".equals(parameter.get("in").asString()))
                .map(parameter -> parameter.get("name").asString())
                .toList();
        assertThat(parameters)
                .containsExactly(
                        "status",
                        "zone",
                        "assignee",
                        "tags",
                        "createdFrom",
                        "createdTo",
                        "q",
                        "leadId",
                        "prospectId",
                        "page",
                        "size",
                        "sort");
    }

    @Test
    void shouldDocumentTheLeadAndProspectFiltersAsUuidsOnTheListAndTheBoard() {
        JsonNode paths = document().get("paths");

        for (JsonNode operation : List.of(
                paths.get("/api/tickets").get("get"),
                paths.get("/api/tickets/board").get("get"))) {
            assertThat(operation.get("description").asString()).contains("leadId", "prospectId");
            for (String name : List.of("leadId", "prospectId")) {
                JsonNode parameter = operation
                        .get("parameters")
                        .valueStream()
                        .filter(p -> name.equals(p.get("name").asString()))
                        .findFirst()
                        .orElseThrow();
                assertThat(parameter.get("in").asString()).isEqualTo("query");
                assertThat(parameter.path("required").asBoolean()).isFalse();
                // the platform keeps a filter's example as words in its description (OpenApiContract)
                assertThat(parameter.get("description").asString())
                        .startsWith("Only tickets of this")
                        .containsPattern("For example: [0-9a-f-]{36}$");
                assertThat(parameter.get("schema").get("format").asString()).isEqualTo("uuid");
            }
        }
    }
}
