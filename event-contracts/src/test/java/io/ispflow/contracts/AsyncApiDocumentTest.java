package io.ispflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps docs/asyncapi.yaml and the JSON Schemas honest: every topic has a channel, every event type
 * has a schema and a message on its topic's channel, and every schema is a valid JSON Schema that
 * belongs to a published type.
 */
class AsyncApiDocumentTest {

    private static final Path ASYNCAPI = Path.of("..", "docs", "asyncapi.yaml");
    private static final Path SCHEMAS = Path.of("src", "main", "resources", "event-schemas");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asyncApi() throws IOException {
        try (InputStream in = Files.newInputStream(ASYNCAPI)) {
            return new Yaml().load(in);
        }
    }

    /** Type name -> topic, for every @EventType record in this module. */
    private static Map<String, String> publishedTypes() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(EventType.class));
        Map<String, String> types = new HashMap<>();
        for (var candidate : scanner.findCandidateComponents("io.ispflow.contracts")) {
            EventType type = Class.forName(candidate.getBeanClassName()).getAnnotation(EventType.class);
            assertThat(types.put(type.value(), type.topic()))
                    .as("type %s declared twice", type.value())
                    .isNull();
        }
        return types;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> channels() throws IOException {
        return (Map<String, Map<String, Object>>) asyncApi().get("channels");
    }

    @Test
    void shouldDescribeEveryTopicAsAChannel() throws IOException {
        Set<String> addresses = new HashSet<>();
        channels().values().forEach(channel -> addresses.add((String) channel.get("address")));

        assertThat(addresses).containsAll(Topics.ALL);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldListEveryEventTypeOnTheChannelOfItsTopic() throws Exception {
        Map<String, Set<String>> messagesByAddress = new HashMap<>();
        for (Map<String, Object> channel : channels().values()) {
            Map<String, Object> messages = (Map<String, Object>) channel.getOrDefault("messages", Map.of());
            Set<String> names = new HashSet<>();
            messages.values().forEach(message -> names.add((String) ((Map<String, Object>) message).get("name")));
            messagesByAddress.put((String) channel.get("address"), names);
        }

        publishedTypes().forEach((type, topic) -> assertThat(messagesByAddress.getOrDefault(topic, Set.of()))
                .as("asyncapi message for %s on %s", type, topic)
                .contains(type));
    }

    @Test
    void shouldHaveAValidSchemaForEveryEventTypeAndNoOrphans() throws Exception {
        Set<String> schemaTypes = new HashSet<>();
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            files.filter(file -> file.toString().endsWith(".schema.json")).forEach(file -> {
                String name = file.getFileName().toString();
                schemaTypes.add(name.substring(0, name.length() - ".schema.json".length()));
            });
        }
        assertThat(schemaTypes)
                .containsExactlyInAnyOrderElementsOf(publishedTypes().keySet());

        var metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(java.net.URI.create("https://json-schema.org/draft/2020-12/schema"));
        for (String type : schemaTypes) {
            JsonNode schema = new ObjectMapper()
                    .readTree(SCHEMAS.resolve(type + ".schema.json").toFile());
            assertThat(schema.path("title").asText()).isEqualTo(type);
            assertThat(metaSchema.validate(schema)).as("schema of %s", type).isEmpty();
        }
    }
}
