package io.ispflow.platform.openapi;

import io.ispflow.platform.idempotency.IdempotencyKeyFilter;
import io.ispflow.platform.web.OptionalIfMatch;
import io.ispflow.platform.web.ReturnsETag;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Makes each service's OpenAPI document the contract its clients can generate code from, in one place
 * instead of on every handler: the RFC 9457 problem responses each operation can answer (by rule, from
 * what the platform and the gateway do), the {@code Idempotency-Key}, {@code If-Match}, {@code ETag},
 * {@code Location} and {@code Retry-After} headers, and a request and response example composed from the
 * examples on the DTOs' fields. Handlers declare only what is theirs: operationId, summary, tag, a success
 * status other than 200, and {@link ReturnsETag}.
 *
 * <p>Which problem statuses an operation documents: every operation 400, 401, 403, 429 (the gateway's
 * rate limit), 500, 503 and 504 (a service down or slow behind the gateway); with a path variable 404;
 * a write (POST, PUT, PATCH, DELETE) 409 and 422; with a body 413 and 415; with {@code If-Match} 412 and,
 * unless the handler is {@link OptionalIfMatch}, 428. A handler documents any other error itself with
 * {@link ProblemResponse}: it gets the problem body here. The
 * end-to-end fuzz test checks that every status answered is one documented.
 */
public class OpenApiContract implements OpenApiCustomizer, OperationCustomizer {

    static final String PROBLEM_MEDIA_TYPE = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String ETAG_MARK = "x-ispflow-returns-etag";
    private static final String OPTIONAL_IF_MATCH_MARK = "x-ispflow-optional-if-match";
    private static final String DECLARES_200_MARK = "x-ispflow-declares-200";
    private static final String PROBLEMS_MARK = "x-ispflow-problems";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final Set<PathItem.HttpMethod> WRITES = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    /** The problem responses, by status: name in components, description, example type and detail. */
    enum StandardProblem {
        BAD_REQUEST(
                400,
                "BadRequest",
                "Invalid input: the problem's errors name each invalid field",
                "validation",
                "The request has invalid fields."),
        UNAUTHORIZED(401, "Unauthorized", "No valid bearer token", "unauthorized", "A valid bearer token is required."),
        FORBIDDEN(
                403,
                "Forbidden",
                "The caller's roles do not allow this, or the request names a zone the caller does" + " not hold",
                "forbidden",
                "Your roles do not allow this operation."),
        NOT_FOUND(
                404,
                "NotFound",
                "Unknown, or outside the caller's zones (never a 403 that confirms it exists)",
                "not-found",
                "Lead 3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c was not found."),
        CONFLICT(
                409,
                "Conflict",
                "The change conflicts with the record's state or with existing data",
                "constraint-violation",
                "The change conflicts with existing data."),
        PRECONDITION_FAILED(
                412,
                "PreconditionFailed",
                "If-Match names an old version: someone changed the record" + " meanwhile",
                "stale-version",
                "Someone changed this record meanwhile; reload it and try again."),
        CONTENT_TOO_LARGE(
                413,
                "ContentTooLarge",
                "The body is larger than allowed on this path",
                "payload-too-large",
                "The request body is larger than the 1048576 bytes allowed on this path."),
        UNSUPPORTED_MEDIA_TYPE(
                415,
                "UnsupportedMediaType",
                "The Content-Type is not one this operation reads",
                "unsupported-media-type",
                "The Content-Type must name one media type, not a wildcard; send e.g." + " application/json."),
        UNPROCESSABLE(
                422,
                "UnprocessableContent",
                "Well-formed but refused by a business rule, or the" + " Idempotency-Key was used with another request",
                "idempotency-key-reused",
                "This Idempotency-Key was already used with a different request."),
        PRECONDITION_REQUIRED(
                428,
                "PreconditionRequired",
                "If-Match is required: send the ETag of the version you" + " read",
                "precondition-required",
                "This update requires an If-Match header with the ETag you read."),
        TOO_MANY_REQUESTS(
                429,
                "TooManyRequests",
                "The caller's rate limit at the gateway is exhausted",
                "rate-limited",
                "Too many requests; retry after the time in Retry-After."),
        INTERNAL(
                500,
                "InternalError",
                "An unexpected failure, logged with the correlation id",
                "internal",
                "An unexpected error occurred; it has been logged."),
        SERVICE_UNAVAILABLE(
                503,
                "ServiceUnavailable",
                "The service or one it depends on is unavailable; retry" + " later",
                "dependency-unavailable",
                "lead-service cannot be reached right now. Try again shortly."),
        GATEWAY_TIMEOUT(
                504,
                "GatewayTimeout",
                "The service did not answer in time; the request may or may not have" + " been processed",
                "dependency-timeout",
                "lead-service did not answer within 10000 ms; the request" + " may or may not have been processed.");

        final int status;
        final String component;
        final String description;
        final String slug;
        final String detail;

        StandardProblem(int status, String component, String description, String slug, String detail) {
            this.status = status;
            this.component = component;
            this.description = description;
            this.slug = slug;
            this.detail = detail;
        }

        boolean retryAfter() {
            return status == 429 || status == 503;
        }
    }

    private final ApiInfo info;

    public OpenApiContract(ApiInfo info) {
        this.info = info;
    }

    /**
     * Per handler: remembers what only the handler method can tell (whether it answers an ETag, whether
     * If-Match is optional, whether its 200 is declared rather than generated), for the document pass.
     */
    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        if (handlerMethod.hasMethodAnnotation(ReturnsETag.class)) {
            operation.addExtension(ETAG_MARK, true);
        }
        if (handlerMethod.hasMethodAnnotation(OptionalIfMatch.class)) {
            operation.addExtension(OPTIONAL_IF_MATCH_MARK, true);
        }
        boolean declares200 = AnnotatedElementUtils.findMergedRepeatableAnnotations(
                        handlerMethod.getMethod(),
                        io.swagger.v3.oas.annotations.responses.ApiResponse.class,
                        io.swagger.v3.oas.annotations.responses.ApiResponses.class)
                .stream()
                .anyMatch(response -> "200".equals(response.responseCode()));
        if (declares200) {
            operation.addExtension(DECLARES_200_MARK, true);
        }
        Map<String, String> declaredProblems = new LinkedHashMap<>();
        AnnotatedElementUtils.findMergedRepeatableAnnotations(
                        handlerMethod.getMethod(), ProblemResponse.class, ProblemResponse.List.class)
                .forEach(problem -> declaredProblems.put(String.valueOf(problem.status()), problem.description()));
        if (!declaredProblems.isEmpty()) {
            operation.addExtension(PROBLEMS_MARK, declaredProblems);
        }
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        info.applyTo(openApi);
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        addComponents(components);
        ExampleComposer examples = new ExampleComposer(components);
        Set<String> tagsInUse = new TreeSet<>();
        if (openApi.getPaths() != null) {
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                document(path, method, operation, examples);
                if (operation.getTags() != null) {
                    tagsInUse.addAll(operation.getTags());
                }
            }));
        }
        declareTags(openApi, tagsInUse);
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation, ExampleComposer examples) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean returnsETag = takeMark(operation, ETAG_MARK);
        boolean optionalIfMatch = takeMark(operation, OPTIONAL_IF_MATCH_MARK);
        boolean declares200 = takeMark(operation, DECLARES_200_MARK);
        Map<?, ?> declaredProblems = operation.getExtensions() == null
                ? Map.of()
                : (Map<?, ?>) operation.getExtensions().getOrDefault(PROBLEMS_MARK, Map.of());
        takeMark(operation, PROBLEMS_MARK);
        declaredProblems.forEach((status, description) -> responses.addApiResponse(
                String.valueOf(status), new ApiResponse().description(String.valueOf(description))));
        documentSuccess(responses, returnsETag, declares200, examples);

        boolean hasBody = operation.getRequestBody() != null;
        boolean multipart = hasBody
                && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().keySet().stream()
                        .anyMatch(type -> type.startsWith("multipart/"));
        boolean ifMatch = parameters(operation).stream()
                .anyMatch(parameter ->
                        "header".equals(parameter.getIn()) && "If-Match".equalsIgnoreCase(parameter.getName()));

        List<StandardProblem> problems = new ArrayList<>(
                List.of(StandardProblem.BAD_REQUEST, StandardProblem.UNAUTHORIZED, StandardProblem.FORBIDDEN));
        if (path.contains("{")) {
            problems.add(StandardProblem.NOT_FOUND);
        }
        if (WRITES.contains(method)) {
            problems.add(StandardProblem.CONFLICT);
            problems.add(StandardProblem.UNPROCESSABLE);
        }
        if (ifMatch) {
            problems.add(StandardProblem.PRECONDITION_FAILED);
            if (!optionalIfMatch) {
                problems.add(StandardProblem.PRECONDITION_REQUIRED);
            }
        }
        if (hasBody) {
            problems.add(StandardProblem.CONTENT_TOO_LARGE);
            problems.add(StandardProblem.UNSUPPORTED_MEDIA_TYPE);
        }
        problems.addAll(List.of(
                StandardProblem.TOO_MANY_REQUESTS,
                StandardProblem.INTERNAL,
                StandardProblem.SERVICE_UNAVAILABLE,
                StandardProblem.GATEWAY_TIMEOUT));
        problems.sort(java.util.Comparator.comparingInt(problem -> problem.status));
        for (StandardProblem problem : problems) {
            String status = String.valueOf(problem.status);
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + problem.component));
            }
        }
        // an error the handler declares itself (@ProblemResponse: a 404 without a path variable, a 409 of a
        // read) keeps its description and gets the problem body
        responses.forEach((status, response) -> {
            if (response.get$ref() == null && (status.startsWith("4") || status.startsWith("5"))) {
                response.setContent(new Content()
                        .addMediaType(
                                PROBLEM_MEDIA_TYPE, new MediaType().schema(new Schema<>().$ref(SCHEMAS + "Problem"))));
            }
        });

        for (Parameter parameter : parameters(operation)) {
            if ("header".equals(parameter.getIn()) && "If-Match".equalsIgnoreCase(parameter.getName())) {
                parameter.setRequired(!optionalIfMatch);
                if (parameter.getDescription() == null) {
                    parameter.setDescription(
                            optionalIfMatch
                                    ? "The ETag of the version the change is based on, when the client has one; an old one is"
                                            + " a 412."
                                    : "The ETag of the version the change is based on (from the last read); a missing one is"
                                            + " a 428, an old one a 412.");
                }
                if (parameter.getExample() == null) {
                    parameter.setExample("\"3\"");
                }
            }
            if ("query".equals(parameter.getIn()) && !Boolean.TRUE.equals(parameter.getRequired())) {
                moveExampleToDescription(parameter);
            }
            if ("path".equals(parameter.getIn())
                    && parameter.getExample() == null
                    && parameter.getSchema() != null
                    && "uuid".equals(parameter.getSchema().getFormat())) {
                parameter.setExample(ExampleComposer.UUID_EXAMPLE);
            }
        }
        if (method == PathItem.HttpMethod.POST && !multipart) {
            operation.addParametersItem(new Parameter().$ref("#/components/parameters/IdempotencyKey"));
        }
        if (hasBody && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().forEach((type, media) -> examples.exampleFor(type, media));
        }
    }

    /** The generated "200" goes when the handler declares its real 2xx; headers and examples on the rest. */
    private static void documentSuccess(
            ApiResponses responses, boolean returnsETag, boolean declares200, ExampleComposer examples) {
        boolean otherSuccess =
                responses.keySet().stream().anyMatch(status -> status.startsWith("2") && !"200".equals(status));
        if (otherSuccess && !declares200 && responses.containsKey("200")) {
            responses.remove("200");
        }
        responses.forEach((status, response) -> {
            if (!status.startsWith("2") || response.get$ref() != null) {
                return;
            }
            // a created resource, or the status resource of accepted work (an import)
            if ("201".equals(status) || "202".equals(status)) {
                response.addHeaderObject("Location", new Header().$ref("#/components/headers/Location"));
            }
            if (returnsETag) {
                response.addHeaderObject("ETag", new Header().$ref("#/components/headers/ETag"));
            }
            if (response.getContent() != null) {
                response.getContent().forEach((type, media) -> examples.exampleFor(type, media));
            }
        });
    }

    /**
     * Swagger UI's "Try it out" fills every parameter's example in as its value: an optional filter's example
     * (zone NORTE, status NEW...) would send a request filtered by values nobody chose - and a 403 for a user
     * of another zone. The example is kept, as words in the description.
     */
    private static void moveExampleToDescription(Parameter parameter) {
        Object example = parameter.getExample() != null
                ? parameter.getExample()
                : parameter.getSchema() == null ? null : parameter.getSchema().getExample();
        parameter.setExample(null);
        parameter.setExamples(null);
        if (parameter.getSchema() != null) {
            clearExample(parameter.getSchema());
            if (parameter.getSchema().getItems() != null) {
                clearExample(parameter.getSchema().getItems());
            }
        }
        String description = parameter.getDescription() == null
                ? ""
                : parameter.getDescription().strip();
        if (example != null && !description.contains("For example:")) {
            // a list filter's example may come as a JSON array (["NORTE","SUR"]): as the comma-separated words
            // the parameter also accepts
            String words = example instanceof java.util.Collection<?> values
                    ? values.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","))
                    : String.valueOf(example).replaceAll("^\\[|]$", "").replace("\"", "");
            parameter.setDescription(
                    (description.isEmpty() ? "" : description + (description.endsWith(".") ? "" : ".") + " ")
                            + "For example: " + words);
        }
    }

    /** Without its flag, swagger-core would write {@code "example": null}. */
    private static void clearExample(Schema<?> schema) {
        schema.setExample(null);
        schema.setExampleSetFlag(false);
    }

    private static boolean takeMark(Operation operation, String mark) {
        if (operation.getExtensions() == null) {
            return false;
        }
        boolean present = operation.getExtensions().remove(mark) != null;
        if (operation.getExtensions().isEmpty()) {
            operation.setExtensions(null);
        }
        return present;
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    private static void declareTags(OpenAPI openApi, Set<String> tagsInUse) {
        List<Tag> tags = openApi.getTags() == null ? new ArrayList<>() : new ArrayList<>(openApi.getTags());
        tags.removeIf(tag -> !tagsInUse.contains(tag.getName()));
        Set<String> declared = new TreeSet<>();
        tags.forEach(tag -> declared.add(tag.getName()));
        tagsInUse.stream().filter(name -> !declared.contains(name)).forEach(name -> tags.add(new Tag().name(name)));
        tags.sort(java.util.Comparator.comparing(Tag::getName));
        openApi.setTags(tags);
    }

    private static void addComponents(Components components) {
        components.addSchemas(
                "FieldProblem",
                new ObjectSchema()
                        .description("One invalid field of a 400 answer")
                        .addProperty(
                                "field",
                                new StringSchema()
                                        .description(
                                                "The field as the request names it (nested: billing.taxId, lines[0].plan)")
                                        .example("zone"))
                        .addProperty(
                                "message",
                                new StringSchema()
                                        .description("What is wrong with it, for a person")
                                        .example("is required: choose one of your zones (NORTE)"))
                        .required(List.of("field", "message")));
        Schema<?> problem = new ObjectSchema()
                .description("An RFC 9457 problem detail (application/problem+json). Some problems add members,"
                        + " such as the candidates of a duplicate or the conflicting order of a double booking.")
                .addProperty(
                        "type",
                        new StringSchema()
                                .description("What kind of problem, as urn:problem:ispflow:<slug>")
                                .example("urn:problem:ispflow:validation"))
                .addProperty(
                        "title",
                        new StringSchema()
                                .description("Short summary of the kind")
                                .example("Validation failed"))
                .addProperty(
                        "status",
                        new IntegerSchema().description("The HTTP status").example(400))
                .addProperty(
                        "detail",
                        new StringSchema()
                                .description("What went wrong with this request, for a person")
                                .example("The request has invalid fields."))
                .addProperty(
                        "instance",
                        new StringSchema().description("The request path").example("/api/leads"))
                .addProperty(
                        "correlationId",
                        new StringSchema()
                                .description("Present on unexpected failures: quote it to support")
                                .example("5f0c2d8e-6b1a-4f3e-9c7d-2a1b0c9d8e7f"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .description("The invalid fields (validation problems)")
                                .items(new Schema<>().$ref(SCHEMAS + "FieldProblem")))
                .required(List.of("type", "title", "status"));
        problem.setAdditionalProperties(true);
        components.addSchemas("Problem", problem);

        components.addHeaders(
                "Location",
                new Header()
                        .description("Where the created resource can be read")
                        .schema(new StringSchema()
                                .format("uri-reference")
                                .example("/api/leads/3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c")));
        components.addHeaders(
                "ETag",
                new Header()
                        .description("The resource's version: send it back as If-Match to change it")
                        .schema(new StringSchema().example("\"3\"")));
        components.addHeaders(
                "Retry-After",
                new Header()
                        .description("Seconds to wait before trying again")
                        .schema(new IntegerSchema().example(10)));
        components.addParameters(
                "IdempotencyKey",
                new HeaderParameter()
                        .name(IdempotencyKeyFilter.HEADER)
                        .description(
                                "Any unique value (a UUID) per intended operation: a retry with the same key and body"
                                        + " returns the first answer (with Idempotent-Replayed: true) instead of doing it twice; the"
                                        + " same key with another body is a 422. Keys are kept per caller.")
                        .required(false)
                        .schema(new StringSchema().maxLength(200).pattern("^[\\x21-\\x7E]{1,200}$"))
                        .example("7d4e0f5a-3c2b-4a1e-8f9d-6b5c4a3e2d1f"));

        for (StandardProblem kind : StandardProblem.values()) {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("type", "urn:problem:ispflow:" + kind.slug);
            example.put("title", title(kind));
            example.put("status", kind.status);
            example.put("detail", kind.detail);
            if (kind == StandardProblem.BAD_REQUEST) {
                example.put(
                        "errors",
                        List.of(Map.of("field", "zone", "message", "is required: choose one of your zones (NORTE)")));
            }
            ApiResponse response = new ApiResponse()
                    .description(kind.description)
                    .content(new Content()
                            .addMediaType(
                                    PROBLEM_MEDIA_TYPE,
                                    new MediaType()
                                            .schema(new Schema<>().$ref(SCHEMAS + "Problem"))
                                            .example(example)));
            if (kind.retryAfter()) {
                response.addHeaderObject("Retry-After", new Header().$ref("#/components/headers/Retry-After"));
            }
            components.addResponses(kind.component, response);
        }
    }

    private static String title(StandardProblem kind) {
        return switch (kind) {
            case BAD_REQUEST -> "Validation failed";
            case UNPROCESSABLE -> "Idempotency-Key reused";
            case PRECONDITION_FAILED -> "Stale version";
            case CONTENT_TOO_LARGE -> "Payload too large";
            case INTERNAL -> "Internal error";
            default -> org.springframework.http.HttpStatus.valueOf(kind.status).getReasonPhrase();
        };
    }
}
