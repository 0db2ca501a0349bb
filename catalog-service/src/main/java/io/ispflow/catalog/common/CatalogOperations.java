package io.ispflow.catalog.common;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

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
