package io.ispflow.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.testsupport.Api;
import io.ispflow.testsupport.OpenApiDocuments;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document is the lead service's contract: every operation named (no springdoc "_1" suffixes),
 * summarised and grouped under a human tag; the real success statuses; the grid's filters as separate
 * query parameters, so Swagger UI's "try it out" sends {@code ?zone=NORTE&status=NEW}; CSV downloads as CSV.
 */
class LeadOpenApiIT extends LeadTestSupport {

    private JsonNode document;

    @BeforeEach
    void fetchTheDocument() {
        var response = Api.at(port).get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        document = response.json();
    }

    @Test
    void shouldNameSummariseAndTagEveryOperation() {
        List<String> operationIds = OpenApiDocuments.assertEveryOperationNamedAndDescribed(document);

        assertThat(operationIds).hasSizeGreaterThanOrEqualTo(30);
        assertThat(document.get("tags").valueStream())
                .as("every tag is described")
                .allSatisfy(
                        tag -> assertThat(tag.path("description").asString("")).isNotBlank());
    }

    @Test
    void shouldDeclareTheRealSuccessStatuses() {
        assertThat(responses("/api/leads", "post").has("201")).isTrue();
        assertThat(responses("/api/leads/{leadId}/prospects", "post").has("201"))
                .isTrue();
        assertThat(responses("/api/leads/{leadId}/timeline", "post").has("201")).isTrue();
        assertThat(responses("/api/leads/{id}", "delete").has("204")).isTrue();
        assertThat(responses("/api/leads/{leadId}/timeline/{entryId}", "delete").has("204"))
                .isTrue();
        assertThat(responses("/api/leads/imports", "post").has("202")).isTrue();
    }

    @Test
    void shouldListTheGridFiltersAsSeparateQueryParameters() {
        for (String path : List.of("/api/leads", "/api/leads/export")) {
            JsonNode parameters = document.get("paths").get(path).get("get").get("parameters");
            List<String> names = parameters
                    .valueStream()
                    .map(parameter -> parameter.get("name").asString())
                    .toList();

            assertThat(names)
                    .as(path)
                    .contains("q", "zone", "status", "stage", "origin", "assignee", "createdFrom")
                    .doesNotContain("filter", "caller");
            JsonNode zone = parameters
                    .valueStream()
                    .filter(parameter -> parameter.get("name").asString().equals("zone"))
                    .findFirst()
                    .orElseThrow();
            assertThat(zone.get("in").asString()).isEqualTo("query");
            assertThat(zone.get("schema").get("type").asString())
                    .as("several zones: a repeated parameter")
                    .isEqualTo("array");
            // "Try it out" must start unfiltered: the example is in words, not a value Swagger UI fills in
            assertThat(parameters.toString()).as(path).doesNotContain("\"example\"");
            assertThat(zone.get("description").asString()).contains("For example: NORTE");
        }
    }

    @Test
    void shouldDescribeTheCsvDownloadsAsCsv() {
        for (String path : List.of("/api/leads/export", "/api/leads/imports/template")) {
            assertThat(responses(path, "get").get("200").get("content").has("text/csv"))
                    .as(path)
                    .isTrue();
        }
    }

    @Test
    void shouldShowTheEnumerationsOfTextFieldsAndExamplesThatPassTheirRules() {
        JsonNode leadRequest = document.get("components").get("schemas").get("LeadRequest");
        JsonNode properties = leadRequest.get("properties");

        assertThat(properties.get("personType").get("enum").valueStream().map(JsonNode::asString))
                .containsExactly("INDIVIDUAL", "COMPANY");
        assertThat(properties.get("personType").get("example").asString()).isEqualTo("INDIVIDUAL");
        assertThat(properties.get("zone").get("example").asString()).isEqualTo("NORTE");
        assertThat(properties.get("phone").get("example").asString())
                .matches(properties.get("phone").get("pattern").asString());
        assertThat(properties.get("documentNumber").get("example").asString())
                .matches(properties.get("documentNumber").get("pattern").asString());
    }

    private JsonNode responses(String path, String method) {
        return document.get("paths").get(path).get(method).get("responses");
    }
}
