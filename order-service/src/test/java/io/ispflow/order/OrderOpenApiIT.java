package io.ispflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.order.fixtures.OrderServiceTestSupport;
import io.ispflow.testsupport.OpenApiDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
                        "/api/orders/personal-data/{leadId}",
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
                // the platform's shared parameters (Idempotency-Key) are references without a name
                .map(parameter -> parameter.path("name").asString(""))
                .toList();
        assertThat(parameters).doesNotContain("caller").contains("If-Match", "technicianId", "date");
    }

    @Test
    void shouldNameSummarizeAndTagEveryOperation() {
        var response = api().get("/v3/api-docs");
        keepForLinters(response.body());
        JsonNode paths = response.json().get("paths");

        List<String> operationIds = OpenApiDocuments.assertEveryOperationNamedAndDescribed(response.json());

        assertThat(operationIds)
                .containsExactlyInAnyOrder(
                        "listOrders",
                        "getOrder",
                        "cancelOrder",
                        "scheduleOrder",
                        "unscheduleOrder",
                        "startOrder",
                        "completeOrder",
                        "uploadOrderPhoto",
                        "listOrderPhotos",
                        "getOrderPhoto",
                        "exportOrderPersonalData",
                        "listUnscheduledOrders",
                        "getPlanningCalendar",
                        "listTechnicians",
                        "getMyTechnicianProfile",
                        "getTechnician",
                        "createTechnician",
                        "updateTechnician",
                        "deactivateTechnician",
                        "activateTechnician");
    }

    @Test
    void shouldDocumentTheRulesClientsDependOn() {
        JsonNode document = api().get("/v3/api-docs").json();
        JsonNode paths = document.get("paths");

        assertThat(document.get("tags").valueStream().map(tag -> tag.get("name").asString()))
                .contains("Orders", "Technicians", "Planning", "Field work", "Order photos", "Personal data");
        assertThat(paths.at("/~1api~1technicians/post/responses").has("201")).isTrue();
        assertThat(paths.at("/~1api~1orders~1{id}~1photos/post/responses").has("201"))
                .isTrue();
        JsonNode photo = paths.at("/~1api~1orders~1{id}~1photos~1{photoId}/get/responses/200/content");
        assertThat(photo.propertyNames()).contains("image/jpeg", "image/png", "image/webp", "image/heic");
        assertThat(photo.at("/image~1jpeg/schema/format").asString()).isEqualTo("binary");
        assertThat(paths.at("/~1api~1orders~1{id}~1schedule/put/description").asString())
                .contains("technician-double-booked", "conflictingOrderId", "428", "412");
        JsonNode scheduleRequest = document.at("/components/schemas/ScheduleRequest/properties");
        assertThat(scheduleRequest.at("/durationMinutes/example").asInt()).isBetween(5, 720);
        assertThat(scheduleRequest.at("/technicianId/description").asString()).isNotBlank();
    }

    /** The document as served, for an OpenAPI linter to read after the build. */
    private static void keepForLinters(String document) {
        try {
            Path file = Path.of("target", "openapi", "order-service.json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, document);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
