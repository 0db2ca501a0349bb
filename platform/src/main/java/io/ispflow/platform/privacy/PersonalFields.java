package io.ispflow.platform.privacy;

import io.ispflow.contracts.Personal;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where the {@link Personal} fields of an event record are, found once by reflection over its record
 * components (nested records, lists and maps of them), each with the {@code leadId} that names its person:
 * the one of the nearest enclosing record that has a {@code leadId} component.
 */
final class PersonalFields {

    static final String LEAD_ID = "leadId";

    /** Replaces a personal value (non-null) of the person {@code leadId} by its sealed form. */
    interface Sealer {
        JsonNode seal(String leadId, JsonNode value);
    }

    private sealed interface Step permits RecordStep, ElementsStep, ValuesStep {}

    private record Field(String name, boolean personal, Step nested) {}

    private record RecordStep(String type, boolean hasLeadId, List<Field> fields) implements Step {}

    private record ElementsStep(Step element) implements Step {}

    private record ValuesStep(Step value) implements Step {}

    private final Class<?> type;
    private final Step root;

    private PersonalFields(Class<?> type, Step root) {
        this.type = type;
        this.root = root;
    }

    /**
     * The personal fields of a record type.
     *
     * @throws IllegalStateException when a personal field has no {@code leadId} in scope (a programming error of
     *     the event contract)
     */
    static PersonalFields of(Class<?> type) {
        return new PersonalFields(type, plan(type, false, type.getSimpleName(), new HashSet<>()));
    }

    boolean isEmpty() {
        return root == null;
    }

    /** Seals every non-null personal value of the tree (the JSON form of a {@link #type} value) in place. */
    void seal(JsonNode tree, Sealer sealer) {
        if (root != null) {
            apply(root, tree, null, sealer);
        }
    }

    private void apply(Step step, JsonNode node, String leadId, Sealer sealer) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (step instanceof RecordStep record && node instanceof ObjectNode object) {
            String scope = leadId;
            if (record.hasLeadId()) {
                JsonNode own = object.get(LEAD_ID);
                scope = own == null || own.isNull() ? null : own.asString();
            }
            for (Field field : record.fields()) {
                JsonNode value = object.get(field.name());
                if (value == null || value.isNull()) {
                    continue;
                }
                if (field.personal()) {
                    if (scope == null || scope.isBlank()) {
                        throw new IllegalStateException(type.getName() + ": " + record.type() + "." + field.name()
                                + " holds personal data but the leadId that names its person is null");
                    }
                    object.set(field.name(), sealer.seal(scope, value));
                } else {
                    apply(field.nested(), value, scope, sealer);
                }
            }
        } else if (step instanceof ElementsStep elements && node instanceof ArrayNode array) {
            for (JsonNode element : array) {
                apply(elements.element(), element, leadId, sealer);
            }
        } else if (step instanceof ValuesStep values && node instanceof ObjectNode object) {
            for (String name : new ArrayList<>(object.propertyNames())) {
                apply(values.value(), object.get(name), leadId, sealer);
            }
        }
    }

    /** The step for a value of that type, or null when it holds no personal field. */
    private static Step plan(Type type, boolean leadIdInScope, String path, Set<Class<?>> visiting) {
        if (type instanceof Class<?> c && c.isRecord()) {
            if (!visiting.add(c)) {
                return null; // a recursive record: its personal fields were planned one level up
            }
            try {
                boolean hasLeadId = false;
                for (RecordComponent component : c.getRecordComponents()) {
                    hasLeadId |= component.getName().equals(LEAD_ID);
                }
                boolean inScope = leadIdInScope || hasLeadId;
                List<Field> fields = new ArrayList<>();
                for (RecordComponent component : c.getRecordComponents()) {
                    String where = path + "." + component.getName();
                    if (component.isAnnotationPresent(Personal.class)) {
                        if (!inScope) {
                            throw new IllegalStateException("@Personal " + where + " (" + c.getName()
                                    + ") has no leadId in scope: the record or one that encloses it needs a leadId"
                                    + " component naming the person the value belongs to");
                        }
                        fields.add(new Field(component.getName(), true, null));
                    } else {
                        Step nested = plan(component.getGenericType(), inScope, where, visiting);
                        if (nested != null) {
                            fields.add(new Field(component.getName(), false, nested));
                        }
                    }
                }
                return fields.isEmpty() ? null : new RecordStep(c.getSimpleName(), hasLeadId, List.copyOf(fields));
            } finally {
                visiting.remove(c);
            }
        }
        if (type instanceof Class<?> c && c.isArray()) {
            Step element = plan(c.getComponentType(), leadIdInScope, path + "[]", visiting);
            return element == null ? null : new ElementsStep(element);
        }
        if (type instanceof GenericArrayType array) {
            Step element = plan(array.getGenericComponentType(), leadIdInScope, path + "[]", visiting);
            return element == null ? null : new ElementsStep(element);
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw) && arguments.length == 1) {
                Step element = plan(arguments[0], leadIdInScope, path + "[]", visiting);
                return element == null ? null : new ElementsStep(element);
            }
            if (Map.class.isAssignableFrom(raw) && arguments.length == 2) {
                Step value = plan(arguments[1], leadIdInScope, path + "{}", visiting);
                return value == null ? null : new ValuesStep(value);
            }
        }
        return null;
    }
}
