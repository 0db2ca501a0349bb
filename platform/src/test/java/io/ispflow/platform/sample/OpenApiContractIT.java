package io.ispflow.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What OpenApiContract adds to every service's document, seen on the sample service's. */
class OpenApiContractIT extends PlatformTestSupport {

    @Test
    void shouldDocumentStatusesHeadersAndExamplesOfEveryOperation() throws Exception {
        var response = api().get("/v3/api-docs");
        Files.writeString(Path.of("target", "sample-api-docs.json"), response.body());
        JsonNode document = response.json();
        JsonNode create = document.at("/paths/~1api~1notes/post");

        assertThat(document.at("/info/license/name").asString()).isEqualTo("Apache-2.0");
        assertThat(document.at("/info/description").asString()).contains("problem details");
        assertThat(create.at("/responses").propertyNames())
                .contains("201", "400", "401", "403", "409", "413", "415", "422", "429", "500", "503", "504")
                .doesNotContain("200", "404");
        assertThat(create.at("/responses/201/headers").propertyNames()).contains("Location", "ETag");
        assertThat(create.at("/requestBody/content/application~1json/example/text")
                        .asString())
                .isEqualTo("Call back after 18:00");
        assertThat(create.at("/parameters").toString()).contains("#/components/parameters/IdempotencyKey");
        assertThat(create.has("x-ispflow-returns-etag")).isFalse();

        JsonNode update = document.at("/paths/~1api~1notes~1{id}/put");
        assertThat(update.at("/responses").propertyNames()).contains("404", "412", "428");
        assertThat(update.toString()).doesNotContain("IdempotencyKey");
        assertThat(document.at("/components/schemas/Problem/properties").propertyNames())
                .contains("type", "title", "status", "detail", "errors");
        assertThat(document.at("/components/responses/BadRequest/content").propertyNames())
                .containsExactly("application/problem+json");
        assertThat(document.at("/paths/~1api~1notes/get/responses/200/content").propertyNames())
                .containsExactly("application/json");
        // Swagger UI would fill an optional filter's example in as its value
        assertThat(document.at("/paths/~1api~1notes/get/parameters").toString())
                .doesNotContain("\"example\"")
                .contains("Notes per page. For example: 50");
    }
}
