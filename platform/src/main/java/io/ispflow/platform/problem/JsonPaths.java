package io.ispflow.platform.problem;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads Jackson's failures for people: the field as the client wrote it ({@code billing.taxId},
 * {@code lines[2].plan}) and what it should have been, never the Java class behind it (Jackson's own
 * path reference names the record class, which tells a client nothing and leaks internals).
 */
final class JsonPaths {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"([^\"]{0,100})\"");

    private JsonPaths() {}

    /** The JSON path of the failure, empty at the root. */
    static String of(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(printable(reference.getPropertyName()));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The property a body names twice, if that is the failure (strict duplicate detection is on). */
    static Optional<String> duplicateProperty(StreamReadException exception) {
        Matcher matcher = DUPLICATE.matcher(String.valueOf(exception.getOriginalMessage()));
        return matcher.find() ? Optional.of(printable(matcher.group(1))) : Optional.empty();
    }

    /** What the value should have been, in words. */
    static String expectation(DatabindException exception) {
        if (NulRejectingStringDeserializer.MESSAGE.equals(exception.getOriginalMessage())) {
            return NulRejectingStringDeserializer.MESSAGE;
        }
        Class<?> target = exception instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        return expectation(target);
    }

    /** What a value of {@code target} looks like, in words (also for query parameters that did not convert). */
    static String expectation(Class<?> target) {
        if (target == null) {
            return "has an invalid value";
        }
        if (target.isEnum()) {
            return "must be one of "
                    + Arrays.stream(target.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
            return "must be a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target == UUID.class) {
            return "must be a UUID";
        }
        if (target == LocalDate.class) {
            return "must be a date (2026-12-31)";
        }
        if (target == LocalTime.class) {
            return "must be a time (09:30)";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "must be a date-time (2026-12-31T09:30:00Z)";
        }
        if (target == String.class) {
            return "must be a text";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be a list";
        }
        return "must be an object";
    }

    private static String printable(String name) {
        String safe = name.replaceAll("\\p{Cntrl}", "?");
        return safe.length() > 100 ? safe.substring(0, 100) + "..." : safe;
    }
}
