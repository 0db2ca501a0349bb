package io.ispflow.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Personal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
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

    /**
     * Checks {@code data}, the plain JSON of {@code event} (personal values not sealed, as test fixtures send
     * them), against the schema of its type as it would look sealed: every non-null {@link Personal} value is
     * replaced by a sealed-looking placeholder for the check only.
     */
    public static void assertValidSealingPersonalData(IntegrationEvent event, String data) {
        String type = IntegrationEvent.typeOf(event.getClass()).value();
        JsonNode node;
        try {
            node = JSON.readTree(data);
        } catch (IOException unreadable) {
            throw new AssertionError(type + " data is not JSON: " + data, unreadable);
        }
        sealShape(event, node, null);
        assertValid(type, node.toString());
    }

    private static final String NO_LEAD = "00000000-0000-0000-0000-000000000000";

    private static void sealShape(Object value, JsonNode node, String leadId) {
        if (value == null || node == null || node.isNull()) {
            return;
        }
        if (value.getClass().isRecord() && node instanceof ObjectNode object) {
            RecordComponent[] components = value.getClass().getRecordComponents();
            String scope = leadId;
            for (RecordComponent component : components) {
                if (component.getName().equals("leadId")) {
                    Object own = read(component, value);
                    scope = own == null ? null : own.toString();
                }
            }
            for (RecordComponent component : components) {
                Object child = read(component, value);
                if (component.isAnnotationPresent(Personal.class)) {
                    if (child != null) {
                        String person = scope != null && scope.matches("[0-9a-f-]{36}") ? scope : NO_LEAD;
                        object.put(component.getName(), "ispflow:pii:v1:" + person + ":c2VhbGVk");
                    }
                } else {
                    sealShape(child, object.get(component.getName()), scope);
                }
            }
        } else if (value instanceof Iterable<?> items && node instanceof ArrayNode array) {
            int i = 0;
            for (Object item : items) {
                sealShape(item, array.get(i++), leadId);
            }
        } else if (value instanceof Map<?, ?> map && node instanceof ObjectNode object) {
            map.forEach((key, item) -> sealShape(item, object.get(String.valueOf(key)), leadId));
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException unreadable) {
            throw new IllegalStateException("Cannot read " + component, unreadable);
        }
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
