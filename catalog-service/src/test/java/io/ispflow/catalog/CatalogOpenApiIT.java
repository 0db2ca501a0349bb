package io.ispflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.testsupport.Api;
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
    void shouldDocumentTheRoundingRuleOfQuotes() {
        JsonNode quote = document().get("paths").get("/api/catalog/quotes").get("post");

        assertThat(quote.get("description").asString()).contains("HALF_EVEN", "firstInvoice", "months 1..N");
    }
}
