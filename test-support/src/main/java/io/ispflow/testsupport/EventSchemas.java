package io.ispflow.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks published events against their JSON Schemas ({@code event-schemas/<type>.schema.json} in
 * event-contracts), the documents consumers outside this repository rely on.
 */
public final class EventSchemas {

    public static final String LOCATION = "event-schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {}

    /** Fails when {@code data} does not validate against the schema of {@code type}, or no schema exists. */
    public static void assertValid(String type, String data) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(type, EventSchemas::load);
        JsonNode node;
        try {
            node = JSON.readTree(data);
        } catch (IOException unreadable) {
            throw new AssertionError(type + " data is not JSON: " + data, unreadable);
        }
        Set<ValidationMessage> errors = schema.validate(node);
        if (!errors.isEmpty()) {
            throw new AssertionError(type + " does not match its schema: "
                    + errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; "))
                    + "\n" + data);
        }
    }

    public static void assertValid(KafkaProbe.Event event) {
        assertValid(event.type(), event.data());
    }

    private static JsonSchema load(String type) {
        String resource = LOCATION + type + ".schema.json";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("No JSON Schema for event type " + type + " (expected " + resource + ")");
            }
            return FACTORY.getSchema(in);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
