package io.ispflow.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Composes a request or response example from the examples on the DTOs' fields ({@code @Schema(example
 * = ...)}), so every operation shows a realistic body without a hand-written copy that would drift from
 * the DTO. A required field without an example gets one from its format (uuid, date-time, e-mail...),
 * enum or type; an optional one without an example is left out rather than invented.
 */
final class ExampleComposer {

    static final String UUID_EXAMPLE = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c";
    private static final int MAX_DEPTH = 16;

    private final Components components;

    ExampleComposer(Components components) {
        this.components = components;
    }

    /** Sets the media type's example when it has none and its schema yields one. */
    void exampleFor(String mediaType, MediaType media) {
        if (media == null
                || media.getSchema() == null
                || media.getExample() != null
                || (media.getExamples() != null && !media.getExamples().isEmpty())
                || !mediaType.contains("json")) {
            return;
        }
        Object example = compose(media.getSchema(), 0, new HashSet<>(), true);
        if (example != null) {
            media.setExample(example);
        }
    }

    /**
     * A field's own example first (even on a {@code $ref}: the DTO's author chose it), then its schema's.
     * A required field without one gets a value from its format, enum or type; an optional one only when
     * it is an enum or a composite with content, so one-of-two choices ({@code {id}} or {@code {new}})
     * are not both filled in.
     */
    private Object compose(Schema<?> schema, int depth, Set<String> visiting, boolean required) {
        if (schema == null || depth > MAX_DEPTH) {
            return null;
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            Schema<?> target = components.getSchemas() == null
                    ? null
                    : components.getSchemas().get(name);
            if (target == null || !visiting.add(name)) {
                return null;
            }
            try {
                return compose(target, depth + 1, visiting, required);
            } finally {
                visiting.remove(name);
            }
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        for (List<Schema> composed :
                List.of(nonNull(schema.getAllOf()), nonNull(schema.getOneOf()), nonNull(schema.getAnyOf()))) {
            if (!composed.isEmpty()) {
                return compose(composed.get(0), depth + 1, visiting, required);
            }
        }
        String type = typeOf(schema);
        if ("object".equals(type) || schema.getProperties() != null) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (schema.getProperties() != null) {
                List<String> requiredNames = schema.getRequired() == null ? List.of() : schema.getRequired();
                schema.getProperties().forEach((name, property) -> {
                    Object value = compose(property, depth + 1, visiting, requiredNames.contains(name));
                    if (value != null) {
                        object.put(name, value);
                    }
                });
            }
            return object.isEmpty() && !required ? null : object;
        }
        if ("array".equals(type)) {
            Object item = compose(schema.getItems(), depth + 1, visiting, required);
            return item == null ? (required ? List.of() : null) : List.of(item);
        }
        if (!required) {
            return null;
        }
        if ("integer".equals(type) || "number".equals(type)) {
            if (schema.getMinimum() != null) {
                return "integer".equals(type) ? (Object) schema.getMinimum().longValue() : schema.getMinimum();
            }
            return 1;
        }
        if ("boolean".equals(type)) {
            return Boolean.FALSE;
        }
        if ("string".equals(type)) {
            return stringExample(schema);
        }
        return null;
    }

    private static Object stringExample(Schema<?> schema) {
        String format = schema.getFormat();
        if (format != null) {
            switch (format) {
                case "uuid":
                    return UUID_EXAMPLE;
                case "date-time":
                    return "2026-12-02T13:30:00Z";
                case "date":
                    return "2026-12-02";
                case "email":
                    return "maria.gonzalez@example.com";
                case "binary", "byte":
                    return null;
                default:
                    break;
            }
        }
        return schema.getPattern() == null ? "text" : null;
    }

    private static String typeOf(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null) {
            return schema.getTypes().stream()
                    .filter(type -> !"null".equals(type))
                    .findFirst()
                    .orElse(null);
        }
        return null;
    }

    @SuppressWarnings("rawtypes")
    private static List<Schema> nonNull(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }
}
