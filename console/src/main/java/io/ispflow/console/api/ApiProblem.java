package io.ispflow.console.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail answered by the API (or made here when the gateway cannot be reached), turned into
 * what the pages show: the field errors next to their fields, the rest at the top of the page.
 *
 * @param part the part of ISPFlow that answered (leads, tickets, catalog...), to say which one is unavailable
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final Map<String, String> fieldErrors;
    private final Map<String, Object> properties;
    private final String correlationId;
    private final String part;

    public ApiProblem(int status, Map<String, Object> body, String correlationId, String part) {
        super(status + " " + body.get("title") + ": " + body.get("detail"));
        this.status = status;
        this.type = shortType(body.get("type"));
        this.title = text(body.get("title"));
        this.detail = text(body.get("detail"));
        this.fieldErrors = fieldErrors(body.get("errors"));
        this.properties = body;
        Object fromBody = body.get("correlationId");
        this.correlationId = fromBody instanceof String s ? s : correlationId;
        this.part = part;
    }

    /** The gateway did not answer at all. */
    public static ApiProblem unreachable(String correlationId, String part) {
        return new ApiProblem(
                503,
                Map.of(
                        "type",
                        "dependency-unavailable",
                        "title",
                        "Service unavailable",
                        "detail",
                        "the gateway does not answer"),
                correlationId,
                part);
    }

    public int status() {
        return status;
    }

    /** The slug of the problem's type, e.g. {@code duplicate-document} for urn:problem:ispflow:duplicate-document. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    /** Field path (as the API names it, e.g. {@code billing.taxId}) to message. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public Object property(String name) {
        return properties.get(name);
    }

    public String correlationId() {
        return correlationId;
    }

    public String part() {
        return part;
    }

    public boolean isUnavailable() {
        return status == 503 || status == 502 || status == 504;
    }

    /**
     * Whether a form's page shows this refusal beside what was typed: any 4xx but a 404 (the not-found page says
     * that), and a part that is unavailable; anything else is an error page.
     */
    public boolean isShownOnTheForm() {
        return (status >= 400 && status < 500 && status != 404) || isUnavailable();
    }

    private static Map<String, String> fieldErrors(Object errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        if (errors instanceof List<?> list) {
            for (Object error : list) {
                if (error instanceof Map<?, ?> map && map.get("field") != null) {
                    byField.merge(
                            String.valueOf(map.get("field")),
                            String.valueOf(map.get("message")),
                            (a, b) -> a + "; " + b);
                }
            }
        }
        return byField;
    }

    private static String shortType(Object type) {
        String text = text(type);
        if (text == null) {
            return "about:blank";
        }
        // urn:problem:ispflow:<slug>, or a URL ending in /<slug>
        int cut = Math.max(text.lastIndexOf('/'), text.lastIndexOf(':'));
        return cut >= 0 ? text.substring(cut + 1) : text;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
