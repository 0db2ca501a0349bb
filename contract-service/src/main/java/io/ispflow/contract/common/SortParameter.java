package io.ispflow.contract.common;

import io.ispflow.platform.problem.BadRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Sort;

/**
 * The {@code sort} request parameter ({@code sort=createdAt,desc&sort=number}), restricted to the
 * properties a list allows, so an unknown property is a 400 and never a 500. Ties end on the id, so
 * pages are stable.
 */
public final class SortParameter {

    private SortParameter() {}

    public static Sort parse(List<String> values, Set<String> allowed, Sort fallback) {
        if (values == null || values.isEmpty()) {
            return fallback.and(Sort.by("id"));
        }
        List<Sort.Order> orders = new ArrayList<>();
        for (String value : values) {
            String[] parts = value.split(",");
            String property = parts[0].trim();
            if (!allowed.contains(property)) {
                throw BadRequestException.invalidField("sort", "can be one of " + String.join(", ", allowed));
            }
            Sort.Direction direction = Sort.Direction.ASC;
            if (parts.length > 1) {
                direction = switch (parts[1].trim().toLowerCase(Locale.ROOT)) {
                    case "asc" -> Sort.Direction.ASC;
                    case "desc" -> Sort.Direction.DESC;
                    default -> throw BadRequestException.invalidField("sort", "direction must be asc or desc");
                };
            }
            orders.add(new Sort.Order(direction, property));
        }
        return Sort.by(orders).and(Sort.by("id"));
    }
}
