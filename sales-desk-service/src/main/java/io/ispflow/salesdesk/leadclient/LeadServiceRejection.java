package io.ispflow.salesdesk.leadclient;

import io.ispflow.platform.problem.ProblemException;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The lead service refused the request (4xx: validation, not found or outside the caller's zones,
 * duplicate document, zone not held). Passed on to the caller with the same status and the lead
 * service's problem detail, so validation errors are not hidden; field names can be prefixed with
 * where they sit in the caller's request ({@code lead.new.name}). Never retried, and not a failure
 * for the circuit breaker: the lead service is up and answered.
 */
public class LeadServiceRejection extends ProblemException {

    private static final Set<String> STANDARD_MEMBERS = Set.of("type", "title", "status", "detail", "instance");

    private final Map<String, Object> problem;
    private final String fieldPrefix;

    LeadServiceRejection(int status, Map<String, Object> problem, String fieldPrefix) {
        super(
                statusOf(status),
                slugOf(problem.get("type")),
                text(problem.get("title"), "Refused by the lead service"),
                text(problem.get("detail"), "The lead service refused the request (" + status + ")."));
        this.problem = Collections.unmodifiableMap(new LinkedHashMap<>(problem));
        this.fieldPrefix = fieldPrefix;
    }

    /** The same rejection, its field errors named as in the caller's request ({@code "lead.new."}). */
    public LeadServiceRejection withFieldPrefix(String prefix) {
        return new LeadServiceRejection(status().value(), problem, prefix);
    }

    /** The lead service's own problem type, title and members; our own members are added. */
    @Override
    public ProblemDetail toProblemDetail() {
        ProblemDetail detail = super.toProblemDetail();
        if (problem.get("type") instanceof String type && !type.isBlank()) {
            detail.setType(URI.create(type));
        }
        Set<String> ours = detail.getProperties() == null
                ? Set.of()
                : Set.copyOf(detail.getProperties().keySet());
        problem.forEach((name, value) -> {
            if (STANDARD_MEMBERS.contains(name) || ours.contains(name)) {
                return;
            }
            detail.setProperty(name, name.equals("errors") ? prefixed(value) : value);
        });
        return detail;
    }

    private Object prefixed(Object errors) {
        if (fieldPrefix == null || !(errors instanceof List<?> list)) {
            return errors;
        }
        return list.stream()
                .map(error -> {
                    if (!(error instanceof Map<?, ?> fields) || !(fields.get("field") instanceof String field)) {
                        return error;
                    }
                    Map<Object, Object> copy = new LinkedHashMap<>(fields);
                    copy.put("field", fieldPrefix + field);
                    return copy;
                })
                .toList();
    }

    private static HttpStatus statusOf(int status) {
        HttpStatus resolved = HttpStatus.resolve(status);
        return resolved != null && resolved.is4xxClientError() ? resolved : HttpStatus.BAD_REQUEST;
    }

    private static String slugOf(Object type) {
        if (type instanceof String text && text.startsWith(TYPE_PREFIX)) {
            return text.substring(TYPE_PREFIX.length());
        }
        return "lead-service-rejection";
    }

    private static String text(Object value, String fallback) {
        return value instanceof String text && !text.isBlank() ? text : fallback;
    }
}
