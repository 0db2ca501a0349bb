package io.ispflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every event record and its JSON Schema name the same fields, all required (the services write
 * every field, null included), and the schema allows no others: a field added to a record without
 * its schema, or the reverse, fails here before any consumer sees it.
 */
class EventSchemaShapeTest {

    private static final Path SCHEMAS = Path.of("src", "main", "resources", "event-schemas");

    @Test
    void shouldDescribeExactlyTheFieldsOfEachEventRecord() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(EventType.class));
        var candidates = scanner.findCandidateComponents("io.ispflow.contracts");
        assertThat(candidates).isNotEmpty();

        for (var candidate : candidates) {
            Class<?> record = Class.forName(candidate.getBeanClassName());
            String type = record.getAnnotation(EventType.class).value();
            JsonNode schema = new ObjectMapper()
                    .readTree(SCHEMAS.resolve(type + ".schema.json").toFile());

            Set<String> fields = new HashSet<>();
            Arrays.stream(record.getRecordComponents()).forEach(component -> fields.add(component.getName()));
            Set<String> properties = new HashSet<>();
            schema.get("properties").fieldNames().forEachRemaining(properties::add);
            Set<String> required = new HashSet<>();
            schema.get("required").forEach(name -> required.add(name.asText()));

            assertThat(properties).as("properties of %s", type).isEqualTo(fields);
            assertThat(required).as("required of %s", type).isEqualTo(fields);
            assertThat(schema.get("additionalProperties").asBoolean(true))
                    .as("additionalProperties of %s", type)
                    .isFalse();
        }
    }
}
