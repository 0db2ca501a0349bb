package io.ispflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.order.fixtures.OrderServiceTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document the gateway shows: every public path, without the server-side Caller. */
class OrderOpenApiIT extends OrderServiceTestSupport {

    @Test
    void shouldDescribeEveryPublicPath() {
        JsonNode paths = api().get("/v3/api-docs").json().get("paths");

        assertThat(paths.propertyNames())
                .contains(
                        "/api/orders",
                        "/api/orders/{id}",
                        "/api/orders/{id}/schedule",
                        "/api/orders/{id}/start",
                        "/api/orders/{id}/completion",
                        "/api/orders/{id}/cancel",
                        "/api/orders/{id}/photos",
                        "/api/orders/{id}/photos/{photoId}",
                        "/api/technicians",
                        "/api/technicians/me",
                        "/api/technicians/{id}",
                        "/api/technicians/{id}/deactivate",
                        "/api/planning/unscheduled",
                        "/api/planning/calendar");
        assertThat(paths.get("/api/orders/{id}/photos")
                        .get("post")
                        .get("requestBody")
                        .toString())
                .contains("multipart/form-data");
        List<String> parameters = paths.valueStream()
                .flatMap(JsonNode::valueStream)
                .filter(operation -> operation.has("parameters"))
                .flatMap(operation -> operation.get("parameters").valueStream())
                .map(parameter -> parameter.get("name").asString())
                .toList();
        assertThat(parameters).doesNotContain("caller").contains("If-Match", "technicianId", "date");
    }
}
