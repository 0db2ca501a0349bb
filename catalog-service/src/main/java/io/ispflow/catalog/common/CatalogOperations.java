package io.ispflow.catalog.common;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import tools.jackson.databind.json.JsonMapper;

/**
 * Names and describes, per kind, the operations every catalog resource inherits from {@link
 * CatalogController}, which springdoc would otherwise call {@code list}, {@code list_1}, {@code list_2}...
 *
 * <ul>
 *   <li>The operationId is the handler's name followed by the resource's, plural for the list:
 *       {@code listPlans}, {@code getPlan}, {@code deactivateRecurringItem}.
 *   <li>The texts of the controller's annotations (summary, description, responses, parameters) have
 *       their placeholders filled: {@code {resource}} ("plan"), {@code {resources}} ("plans"), {@code
 *       {sortable}} (what a list can be sorted by) and {@code {rules}} (the kind's own rules).
 *   <li>The path's {@code code} and the list's {@code q} show the kind's example code, and the list gets
 *       the kind's exact filters as query parameters (the nodes' {@code zone}).
 * </ul>
 */
@Component
class CatalogOperations implements OperationCustomizer {

    private static final String LIST = "list";
    private static final OffsetDateTime EXAMPLE_CREATED = OffsetDateTime.parse("2026-11-02T09:00:00Z");

    private final JsonMapper json;

    CatalogOperations(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (!CatalogResource.class.isAssignableFrom(handler.getBeanType())) {
            return operation;
        }
        CatalogResource resource =
                (CatalogResource) handler.createWithResolvedBean().getBean();
        CatalogResource.Names names = resource.names();
        String action = handler.getMethod().getName();
        operation.setOperationId(action + pascalCase(LIST.equals(action) ? names.plural() : names.singular()));
        operation.setSummary(fill(operation.getSummary(), resource));
        operation.setDescription(fill(operation.getDescription(), resource));
        if (operation.getResponses() != null) {
            operation
                    .getResponses()
                    .values()
                    .forEach(response -> response.setDescription(fill(response.getDescription(), resource)));
        }
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                parameter.setDescription(fill(parameter.getDescription(), resource));
                if ("code".equals(parameter.getName()) || "q".equals(parameter.getName())) {
                    parameter.setExample(names.codeExample());
                }
            }
        }
        answerExample(operation, names, LIST.equals(action));
        if (LIST.equals(action)) {
            resource.exactFilters()
                    .forEach(filter -> operation.addParametersItem(new QueryParameter()
                            .name(filter.name())
                            .description(filter.description())
                            .required(false)
                            .schema(new StringSchema())
                            .example(filter.example())));
        }
        return operation;
    }

    /**
     * The kind's example entity, serialized as the API answers it, on every success: one view, or a page
     * of one (the platform composes examples from field examples, which the event records cannot carry).
     */
    private void answerExample(Operation operation, CatalogResource.Names names, boolean list) {
        if (operation.getResponses() == null) {
            return;
        }
        Map<?, ?> view =
                new LinkedHashMap<>(json.convertValue(new CatalogView<>(names.example(), EXAMPLE_CREATED), Map.class));
        // an absent value (a percent discount's currency) is left out: the schemas do not say null
        view.values().removeIf(Objects::isNull);
        Object example =
                list ? Map.of("items", List.of(view), "page", 0, "size", 20, "total", 1, "totalPages", 1) : view;
        operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null) {
                response.getContent().forEach((type, media) -> {
                    if (type.contains("json")) {
                        media.setExample(example);
                    }
                });
            }
        });
    }

    private static String fill(String text, CatalogResource resource) {
        if (text == null) {
            return null;
        }
        return text.replace("{resources}", resource.names().plural())
                .replace("{resource}", resource.names().singular())
                .replace("{sortable}", String.join(", ", new TreeSet<>(resource.sortable())))
                .replace("{rules}", resource.rules())
                .strip();
    }

    /** {@code recurring items} → {@code RecurringItems}. */
    private static String pascalCase(String words) {
        return Arrays.stream(words.split(" "))
                .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
                .collect(Collectors.joining());
    }
}
