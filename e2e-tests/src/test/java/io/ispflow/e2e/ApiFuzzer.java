package io.ispflow.e2e;

import io.ispflow.e2e.Gateway.User;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the services' OpenAPI documents into hostile requests: for every operation, its documented example
 * and then malformed, oversized, wrongly typed, wrongly encoded and boundary values in every path and query
 * parameter, every body field, the body as a whole, its Content-Type and its headers. What it generates is
 * fixed by a seed, so a failure can be replayed. {@link #check} says what is wrong with an answer: a 5xx,
 * a status the operation does not document, an error that is not a problem detail, or a body that names
 * an internal class.
 */
final class ApiFuzzer {

    /** One request to send, and why. */
    record Case(
            String service,
            String operationId,
            String method,
            String path,
            String contentType,
            byte[] body,
            Map<String, String> headers,
            User user,
            String label,
            Set<String> documented) {

        @Override
        public String toString() {
            return service + " " + operationId + " [" + label + "] as " + user.sub() + ": " + method + " "
                    + (path.length() > 160 ? path.substring(0, 160) + "..." : path);
        }
    }

    static final Pattern INTERNALS = Pattern.compile(
            "io\\.ispflow\\.|java\\.(lang|util|sql|io|time)\\.|tools\\.jackson|com\\.fasterxml|org\\.(springframework|hibernate|postgresql|apache)\\."
                    + "|Exception|\\bat [a-z]+\\.[a-z]+\\.");

    private static final String LONG = "x".repeat(5_000);
    private static final String HUGE = "y".repeat(100_000);
    private static final String NUL = "a\u0000b";

    /** Query and path values: empty, long, NUL, signs, overflow, wrong types, the object form Swagger UI sent. */
    private static final List<String> PARAMETER_VALUES = List.of(
            "",
            LONG,
            NUL,
            "-1",
            "99999999999999999999",
            "abc",
            "2026-13-45",
            "[\"string\"]",
            "{\"zone\":\"SUR\"}",
            "ñandú 😀",
            "a,,b,",
            " ",
            "' OR 1=1 --",
            "../../etc/passwd");

    private static final List<String> CONTENT_TYPES = List.of(
            "application/*",
            "*/*",
            "application/json, text/plain",
            "application/;",
            "application/json; charset=ebcdic",
            "application/json; charset=utf-16",
            "text/plain",
            "application/xml",
            "multipart/form-data");

    private final Map<String, JsonNode> documents;
    private final List<User> users;
    private final Random random;

    ApiFuzzer(Map<String, JsonNode> documents, List<User> users, long seed) {
        this.documents = documents;
        this.users = users;
        this.random = new Random(seed);
    }

    /** Every case of every operation of every document. */
    List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        documents.forEach(
                (service, document) -> document.get("paths").properties().forEach(path -> {
                    path.getValue().properties().forEach(entry -> {
                        String method = entry.getKey().toUpperCase();
                        if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                            cases.addAll(new OperationCases(service, document, path.getKey(), method, entry.getValue())
                                    .all());
                        }
                    });
                }));
        return cases;
    }

    /** What is wrong with the answer to a case; empty when it is acceptable. */
    static List<String> check(Case c, Gateway.Response response) {
        List<String> problems = new ArrayList<>();
        int status = response.status();
        String body = response.raw().body();
        if (status >= 500) {
            problems.add("answered " + status);
        }
        if (!c.documented().contains(String.valueOf(status)) && !c.documented().contains("default")) {
            problems.add("status " + status + " is not documented (documented: " + c.documented() + ")");
        }
        if (status >= 400) {
            String type = response.header("Content-Type");
            if (type == null || !type.startsWith("application/problem+json")) {
                problems.add(status + " is not a problem detail (Content-Type " + type + ")");
            }
            if (INTERNALS.matcher(body).find()) {
                problems.add("names internals: " + snippet(body));
            }
        }
        return problems;
    }

    static String snippet(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }

    /** The cases of one operation. */
    private final class OperationCases {
        private final String service;
        private final JsonNode document;
        private final String template;
        private final String method;
        private final JsonNode operation;
        private final String operationId;
        private final Set<String> documented = new TreeSet<>();
        private final List<JsonNode> parameters = new ArrayList<>();
        private final List<Case> cases = new ArrayList<>();
        private int next;

        OperationCases(String service, JsonNode document, String template, String method, JsonNode operation) {
            this.service = service;
            this.document = document;
            this.template = template;
            this.method = method;
            this.operation = operation;
            this.operationId = operation.path("operationId").asString(method + " " + template);
            operation.path("responses").propertyNames().forEach(documented::add);
            operation.path("parameters").forEach(parameter -> parameters.add(resolve(parameter)));
        }

        List<Case> all() {
            Map<String, String> pathValues = new LinkedHashMap<>();
            Map<String, String> queryValues = new LinkedHashMap<>();
            for (JsonNode parameter : parameters) {
                String in = parameter.path("in").asString();
                String name = parameter.path("name").asString();
                if ("path".equals(in)) {
                    pathValues.put(name, validValue(parameter));
                } else if ("query".equals(in) && parameter.path("required").asBoolean(false)) {
                    queryValues.put(name, validValue(parameter));
                }
            }
            JsonNode body = operation.path("requestBody").path("content");
            String bodyType = body.isObject() && !body.isEmpty()
                    ? body.propertyNames().iterator().next()
                    : null;
            byte[] example = bodyType == null ? null : exampleBody(body.get(bodyType));

            // the documented example, as every user
            for (User user : users) {
                add(user, "example", url(pathValues, queryValues), bodyType, example, Map.of());
            }
            // every path and query parameter, one at a time
            for (JsonNode parameter : parameters) {
                String in = parameter.path("in").asString();
                String name = parameter.path("name").asString();
                for (String value : PARAMETER_VALUES) {
                    if ("path".equals(in)) {
                        Map<String, String> hostile = new LinkedHashMap<>(pathValues);
                        hostile.put(name, value);
                        add("path " + name + "=" + label(value), url(hostile, queryValues), bodyType, example);
                    } else if ("query".equals(in)) {
                        Map<String, String> hostile = new LinkedHashMap<>(queryValues);
                        hostile.put(name, value);
                        add("query " + name + "=" + label(value), url(pathValues, hostile), bodyType, example);
                    } else if ("header".equals(in)
                            && !value.contains("\u0000")
                            && value.chars().allMatch(ch -> ch < 128)) {
                        add(
                                "header " + name + "=" + label(value),
                                url(pathValues, queryValues),
                                bodyType,
                                example,
                                Map.of(name, value.isEmpty() ? "\"\"" : value));
                    }
                }
            }
            add(
                    "unknown query parameter",
                    url(pathValues, queryValues) + separator(queryValues) + "colour=red",
                    bodyType,
                    example);
            add(
                    "query with a raw NUL",
                    url(pathValues, queryValues) + separator(queryValues) + "q=a%00b",
                    bodyType,
                    example);
            if (bodyType == null) {
                if (!"GET".equals(method) && !"DELETE".equals(method)) {
                    add("unexpected JSON body", url(pathValues, queryValues), "application/json", bytes("{\"a\":1}"));
                }
                return cases;
            }
            String target = url(pathValues, queryValues);
            if (bodyType.startsWith("multipart/")) {
                multipartCases(target);
            } else {
                jsonCases(target, bodyType, example);
            }
            for (String contentType : CONTENT_TYPES) {
                for (User user : users) {
                    add(user, "Content-Type " + contentType, target, contentType, example, Map.of());
                }
            }
            add("no Content-Type", target, null, example);
            return cases;
        }

        private void jsonCases(String target, String type, byte[] example) {
            for (String whole : List.of(
                    "",
                    "null",
                    "[]",
                    "123",
                    "\"text\"",
                    "{",
                    "{}",
                    "{\"a\":",
                    "[".repeat(5_000),
                    "{\"a\":".repeat(2_000),
                    "{\"zone\":\"SUR\",\"zone\":\"NORTE\"}",
                    "{\"name\":\"" + HUGE + "\"}")) {
                add("body " + label(whole), target, type, bytes(whole));
            }
            add("body invalid UTF-8", target, type, new byte[] {
                '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'
            });
            add(
                    "body UTF-16",
                    target,
                    type + "; charset=utf-16",
                    new String(example, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16));
            add("body with BOM", target, type, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, example));
            JsonNode parsed = Gateway.JSON.readTree(example);
            if (!(parsed instanceof ObjectNode object)) {
                return;
            }
            add("unknown field", target, type, bytes(with(object, "colour", "\"red\"")));
            List<String> fields = new ArrayList<>(object.propertyNames());
            JsonNode schema = resolve(document.at(pointerOf(
                    operation.path("requestBody").path("content").path(type).path("schema"))));
            schema.path("required").forEach(required -> {
                if (!fields.contains(required.asString())) {
                    fields.add(required.asString());
                }
            });
            for (String field : fields) {
                ObjectNode without = object.deepCopy();
                without.remove(field);
                add("without " + field, target, type, bytes(without.toString()));
                for (String value : fieldValues()) {
                    add(field + "=" + label(value), target, type, bytes(with(object, field, value)));
                }
                JsonNode nested = object.get(field);
                if (nested instanceof ObjectNode inner) {
                    for (String innerField : inner.propertyNames()) {
                        for (String value : List.of(
                                "null",
                                "{}",
                                "[]",
                                "12345",
                                Gateway.JSON.writeValueAsString(LONG),
                                Gateway.JSON.writeValueAsString(NUL))) {
                            ObjectNode copy = object.deepCopy();
                            copy.set(field, Gateway.JSON.readTree(with(inner, innerField, value)));
                            add(field + "." + innerField + "=" + label(value), target, type, bytes(copy.toString()));
                        }
                    }
                }
            }
        }

        private List<String> fieldValues() {
            return List.of(
                    "null",
                    "0",
                    "-1",
                    "1e308",
                    "99999999999999999999999",
                    "true",
                    "\"\"",
                    Gateway.JSON.writeValueAsString(LONG),
                    Gateway.JSON.writeValueAsString(HUGE),
                    Gateway.JSON.writeValueAsString(NUL),
                    Gateway.JSON.writeValueAsString("ñandú 😀 <script>alert(1)</script>"),
                    "\"2026-13-45T99:99:99\"",
                    "\"" + new UUID(random.nextLong(), random.nextLong()) + "\"",
                    "{}",
                    "[]",
                    "[null]",
                    "{\"zone\":\"SUR\"}");
        }

        private void multipartCases(String target) {
            String boundary = "FuzzBoundary" + Math.abs(random.nextInt());
            String type = "multipart/form-data; boundary=" + boundary;
            byte[] png = PNG;
            byte[] csv = bytes("name,zone,email\nMaría González,NORTE,maria@example.com\n");
            byte[] good = part(boundary, "file", "photo.png", "image/png", png);
            add("multipart example", target, type, good);
            add("multipart without boundary", target, "multipart/form-data", good);
            add("multipart truncated", target, type, java.util.Arrays.copyOf(good, good.length / 2));
            add("multipart wrong boundary", target, "multipart/form-data; boundary=Other", good);
            add("multipart NUL in file name", target, type, part(boundary, "file", "a\u0000b.png", "image/png", png));
            add(
                    "multipart 5,000-character file name",
                    target,
                    type,
                    part(boundary, "file", "n".repeat(5_000) + ".png", "image/png", png));
            add(
                    "multipart 20,000-character file name",
                    target,
                    type,
                    part(boundary, "file", "n".repeat(20_000) + ".png", "image/png", png));
            add("multipart wrong part name", target, type, part(boundary, "picture", "photo.png", "image/png", png));
            add("multipart empty file", target, type, part(boundary, "file", "empty.png", "image/png", new byte[0]));
            add("multipart text as image", target, type, part(boundary, "file", "photo.png", "image/png", csv));
            add("multipart csv", target, type, part(boundary, "file", "leads.csv", "text/csv", csv));
            StringBuilder wide = new StringBuilder();
            for (int column = 0; column < 100_000; column++) {
                wide.append(column == 0 ? "" : ",").append("c").append(column);
            }
            add(
                    "multipart CSV header of 100,000 columns",
                    target,
                    type,
                    part(boundary, "file", "wide.csv", "text/csv", bytes(wide + "\nx\n")));
            add("multipart empty body", target, type, new byte[0]);
        }

        private void add(String label, String target, String contentType, byte[] body) {
            add(users.get(next++ % users.size()), label, target, contentType, body, Map.of());
        }

        private void add(String label, String target, String contentType, byte[] body, Map<String, String> headers) {
            add(users.get(next++ % users.size()), label, target, contentType, body, headers);
        }

        private void add(
                User user, String label, String target, String contentType, byte[] body, Map<String, String> headers) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            if ("POST".equals(method) && !all.containsKey("Idempotency-Key")) {
                all.put("Idempotency-Key", new UUID(random.nextLong(), random.nextLong()).toString());
            }
            if (!all.containsKey("If-Match")
                    && parameters.stream()
                            .anyMatch(p -> "If-Match".equals(p.path("name").asString()))) {
                all.put("If-Match", "\"0\"");
            }
            cases.add(new Case(service, operationId, method, target, contentType, body, all, user, label, documented));
        }

        private String url(Map<String, String> pathValues, Map<String, String> queryValues) {
            String url = template;
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                url = url.replace("{" + value.getKey() + "}", encodeOrRaw(value.getValue()));
            }
            StringBuilder query = new StringBuilder();
            queryValues.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&")
                    .append(name)
                    .append('=')
                    .append(encodeOrRaw(value)));
            return url + query;
        }

        private String validValue(JsonNode parameter) {
            if (parameter.has("example")) {
                return parameter.get("example").asString();
            }
            JsonNode schema = resolve(parameter.path("schema"));
            if ("uuid".equals(schema.path("format").asString())) {
                return new UUID(random.nextLong(), random.nextLong()).toString();
            }
            if (schema.has("enum")) {
                return schema.get("enum").get(0).asString();
            }
            String type = schema.path("type").asString();
            return switch (type) {
                case "integer", "number" -> "1";
                case "boolean" -> "true";
                default -> "x";
            };
        }

        private byte[] exampleBody(JsonNode media) {
            if (media.has("example")) {
                JsonNode example = media.get("example");
                return bytes(example.isString() ? example.asString() : example.toString());
            }
            return bytes("{}");
        }

        private JsonNode resolve(JsonNode node) {
            JsonNode current = node;
            for (int hops = 0; hops < 5 && current.has("$ref"); hops++) {
                current = document.at(current.get("$ref").asString().substring(1));
            }
            return current;
        }
    }

    private static String pointerOf(JsonNode schema) {
        return schema.has("$ref") ? schema.get("$ref").asString().substring(1) : "/nothing";
    }

    private static String separator(Map<String, String> queryValues) {
        return queryValues.isEmpty() ? "?" : "&";
    }

    /** NUL goes raw as %00 (that is the point); the rest is percent-encoded. */
    private static String encodeOrRaw(String value) {
        return value.equals(NUL) ? "a%00b" : Gateway.encode(value).replace("+", "%20");
    }

    private static String with(ObjectNode object, String field, String rawJsonValue) {
        ObjectNode copy = object.deepCopy();
        copy.set(field, Gateway.JSON.readTree(rawJsonValue));
        return copy.toString();
    }

    /** A 1x1 PNG: a real image for the photo uploads. */
    static final byte[] PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /** A multipart body of one file part (any bytes in its name: that is the point of some cases). */
    static byte[] part(String boundary, String name, String fileName, String type, byte[] content) {
        byte[] head = bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n");
        return concat(concat(head, content), bytes("\r\n--" + boundary + "--\r\n"));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private static String label(String value) {
        String printable = value.replace("\u0000", "\\0");
        return printable.length() > 24
                ? printable.substring(0, 12) + "...(" + value.length() + " chars)"
                : "'" + printable + "'";
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
