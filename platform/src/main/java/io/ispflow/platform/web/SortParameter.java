package io.ispflow.platform.web;

import io.ispflow.platform.problem.BadRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Sort;

/**
 * The {@code sort} request parameter ({@code sort=createdAt,desc&sort=number}), restricted to the
 * properties a list allows, so an unknown property is a 400 and never a 500. Spring hands a single
 * {@code sort=createdAt,desc} over already split at the comma; the tokens are read in order, a
 * direction applying to the property before it. Ties end on the id, so pages are stable.
 */
public final class SortParameter {

    private SortParameter() {}

    public static Sort parse(List<String> values, Set<String> allowed, Sort fallback) {
        if (values == null || values.isEmpty()) {
            return fallback.and(Sort.by("id"));
        }
        List<Sort.Order> orders = new ArrayList<>();
        for (String value : values) {
            for (String token : value.split(",")) {
                String trimmed = token.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                Sort.Direction direction = direction(trimmed);
                if (direction != null) {
                    if (orders.isEmpty()) {
                        throw BadRequestException.invalidField("sort", "a direction must follow a property");
                    }
                    Sort.Order last = orders.remove(orders.size() - 1);
                    orders.add(last.with(direction));
                } else if (allowed.contains(trimmed)) {
                    orders.add(Sort.Order.asc(trimmed));
                } else {
                    throw BadRequestException.invalidField(
                            "sort", "can be one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
                }
            }
        }
        // ties end on the id, so pages are stable
        return (orders.isEmpty() ? fallback : Sort.by(orders)).and(Sort.by("id"));
    }

    private static Sort.Direction direction(String token) {
        return switch (token.toLowerCase(Locale.ROOT)) {
            case "asc" -> Sort.Direction.ASC;
            case "desc" -> Sort.Direction.DESC;
            default -> null;
        };
    }
}
