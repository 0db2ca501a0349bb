package io.ispflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.testsupport.Api;
import io.ispflow.testsupport.OpenApiDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document shows every catalog path with its own typed bodies, and documents the money rules. */
class CatalogOpenApiIT extends CatalogTestSupport {

    private JsonNode document() {
        return Api.at(port).get("/v3/api-docs").json();
    }

    @Test
    void shouldDescribeEveryResourceWithItsOwnBodies() {
        JsonNode paths = document().get("paths");

        for (String resource : List.of("plans", "recurring-items", "discounts", "origins", "zones", "nodes")) {
            String collection = "/api/catalog/" + resource;
            assertThat(paths.has(collection)).as(collection).isTrue();
            assertThat(paths.has(collection + "/{code}")).as(collection).isTrue();
            assertThat(paths.has(collection + "/{code}/deactivate"))
                    .as(collection)
                    .isTrue();
            assertThat(paths.has(collection + "/{code}/activate"))
                    .as(collection)
                    .isTrue();
        }
        assertThat(paths.get("/api/catalog/plans")
                        .get("post")
                        .get("requestBody")
                        .toString())
                .contains("PlanRequest");
        assertThat(paths.get("/api/catalog/nodes/{code}")
                        .get("put")
                        .get("requestBody")
                        .toString())
                .contains("NodeRequest");
        assertThat(paths.get("/api/catalog/zones/{code}")
                        .get("get")
                        .get("responses")
                        .toString())
                .contains("CatalogViewZoneChanged");
        JsonNode zoneView = document().get("components").get("schemas").get("CatalogViewZoneChanged");
        assertThat(zoneView.get("properties").propertyNames())
                .contains("code", "name", "description", "active", "version", "updatedAt", "createdAt")
                .doesNotContain("state");
    }

    @Test
    void shouldShowEachKindsOwnExampleInItsAnswers() {
        JsonNode paths = document().get("paths");

        JsonNode plan = paths.at("/~1api~1catalog~1plans~1{code}/get/responses/200/content/application~1json/example");
        JsonNode zones = paths.at("/~1api~1catalog~1zones/get/responses/200/content/application~1json/example");

        assertThat(plan.get("code").asString()).isEqualTo("FIBRA-300");
        assertThat(plan.get("monthlyPrice").decimalValue()).isEqualByComparingTo("24900.00");
        assertThat(plan.get("createdAt").asString()).startsWith("2026-11-02T09:00");
        assertThat(zones.get("items").get(0).get("code").asString()).isEqualTo("NORTE");
        assertThat(zones.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void shouldNameDescribeAndTagEveryOperation() {
        JsonNode document = document();
        List<String> operationIds = OpenApiDocuments.assertEveryOperationNamedAndDescribed(document);

        assertThat(operationIds).hasSizeGreaterThanOrEqualTo(37);
        assertThat(operations(document)).allSatisfy(operation -> assertThat(
                        operation.path("description").asString())
                .as(operation.path("operationId").asString())
                .contains("Roles:"));
        assertThat(operationIds)
                .contains("listPlans", "getZone", "createRecurringItem", "deactivateNode", "activateOrigin")
                .contains("updateDiscount", "createQuote");
    }

    @Test
    void shouldDescribeTheInheritedOperationsOfEachKindInItsOwnWords() {
        JsonNode document = document();
        JsonNode paths = document.get("paths");

        JsonNode listPlans = paths.get("/api/catalog/plans").get("get");
        assertThat(listPlans.get("operationId").asString()).isEqualTo("listPlans");
        assertThat(listPlans.get("summary").asString()).isEqualTo("List the plans");
        assertThat(parameter(listPlans, "sort").get("description").asString()).contains("monthlyPrice");
        JsonNode listZones = paths.get("/api/catalog/zones").get("get");
        assertThat(parameter(listZones, "size").get("description").asString()).contains("zones");
        assertThat(parameter(listZones, "sort").get("description").asString()).doesNotContain("monthlyPrice");
        // an optional filter's example is in words: Swagger UI would fill it in as the value
        assertThat(parameter(paths.get("/api/catalog/nodes").get("get"), "zone")
                        .get("description")
                        .asString())
                .contains("For example: NORTE");
        assertThat(parameter(listZones, "zone")).isNull();

        JsonNode createPlan = paths.get("/api/catalog/plans").get("post");
        assertThat(createPlan.get("operationId").asString()).isEqualTo("createPlan");
        assertThat(createPlan.get("description").asString()).contains("ADMIN", "duplicate-code");
        assertThat(createPlan.get("responses").has("201")).isTrue();
        JsonNode deactivateZone =
                paths.get("/api/catalog/zones/{code}/deactivate").get("post");
        assertThat(deactivateZone.get("summary").asString()).isEqualTo("Deactivate one zone");
        assertThat(deactivateZone.get("description").asString()).contains("zone-in-use");
        assertThat(parameter(deactivateZone, "code").get("example").asString()).isEqualTo("NORTE");
        assertThat(document.toString()).doesNotContain("{resource", "{sortable}", "{rules}");
    }

    @Test
    void shouldShowARealisticExampleOnEveryFieldOfAPlan() {
        JsonNode plan =
                document().get("components").get("schemas").get("PlanRequest").get("properties");

        assertThat(plan.get("code").get("example").asString()).isEqualTo("FIBRA-300");
        assertThat(plan.get("code").get("pattern").asString()).isEqualTo("^[A-Z0-9][A-Z0-9-]{1,39}$");
        assertThat(plan.get("monthlyPrice").get("example").decimalValue()).isEqualByComparingTo("24900.00");
        assertThat(plan.get("currency").get("example").asString()).isEqualTo("ARS");
    }

    private static List<JsonNode> operations(JsonNode document) {
        return document.get("paths")
                .valueStream()
                .flatMap(JsonNode::valueStream)
                .filter(operation -> operation.has("responses"))
                .toList();
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        return operation
                .path("parameters")
                .valueStream()
                .filter(parameter -> name.equals(parameter.path("name").asString()))
                .findFirst()
                .orElse(null);
    }

    @Test
    void shouldDocumentTheRoundingRuleOfQuotes() {
        JsonNode quote = document().get("paths").get("/api/catalog/quotes").get("post");

        assertThat(quote.get("description").asString()).contains("HALF_EVEN", "firstInvoice", "months 1..N");
    }
}
