package io.ispflow.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What every service's OpenAPI document must say of each operation (ADR 0016), checked the same way in
 * each service's tests: a camelCase operationId without springdoc's {@code _1} suffixes, unique; a
 * summary; a description; tags with a human name rather than springdoc's {@code *-controller}.
 */
public final class OpenApiDocuments {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiDocuments() {}

    /** Asserts the above of every operation; returns their operationIds in document order. */
    public static List<String> assertEveryOperationNamedAndDescribed(JsonNode document) {
        List<String> operationIds = new ArrayList<>();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    if (!METHODS.contains(method.getKey())) {
                        return;
                    }
                    JsonNode operation = method.getValue();
                    String where = method.getKey().toUpperCase() + " " + path.getKey();
                    String operationId = operation.path("operationId").asString("");
                    assertThat(operationId)
                            .as("operationId of %s", where)
                            .matches("[a-z][A-Za-z]+")
                            .doesNotContainPattern("_\\d+$");
                    assertThat(operation.path("summary").asString(""))
                            .as("summary of %s", where)
                            .isNotBlank();
                    assertThat(operation.path("description").asString(""))
                            .as("description of %s", where)
                            .isNotBlank();
                    assertThat(operation.path("tags").valueStream().map(JsonNode::asString))
                            .as("tags of %s", where)
                            .isNotEmpty()
                            .noneMatch(tag -> tag.endsWith("-controller"));
                    operationIds.add(operationId);
                }));
        assertThat(operationIds).as("operationIds").doesNotHaveDuplicates();
        return operationIds;
    }
}
