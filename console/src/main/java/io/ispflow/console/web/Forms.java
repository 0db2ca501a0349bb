package io.ispflow.console.web;

import io.ispflow.console.api.ApiProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Small helpers every form and grid shares: what the user typed (kept and shown again on an error), the API's
 * field errors next to their fields, and filters passed on to the API as they came.
 */
public final class Forms {

    private Forms() {}

    /** The first value of each submitted field, as typed (the page shows them again after an error). */
    public static Map<String, String> typed(MultiValueMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, list) -> {
            if (!name.startsWith("_") && list != null && !list.isEmpty()) {
                values.put(name, list.get(0));
            }
        });
        return values;
    }

    /** Text, or null when blank: the API reads an absent field and an empty one the same way. */
    public static String text(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The values of a multi-valued field (checkboxes, multiple select), blanks left out. */
    public static List<String> all(MultiValueMap<String, String> form, String name) {
        List<String> values = new ArrayList<>();
        List<String> submitted = form.get(name);
        if (submitted != null) {
            submitted.stream()
                    .filter(v -> v != null && !v.isBlank())
                    .map(String::strip)
                    .forEach(values::add);
        }
        return values;
    }

    /**
     * Puts a rejected submission on the page: the problem (its title and detail at the top), the field errors by
     * field, with {@code prefix} taken off the API's field names (the wizard's fields come back as
     * {@code lead.new.email}).
     */
    public static void rejected(Model model, ApiProblem problem, String... prefixes) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.fieldErrors().forEach((field, message) -> {
            String name = field;
            for (String prefix : prefixes) {
                if (prefix != null && field.startsWith(prefix)) {
                    name = field.substring(prefix.length());
                }
            }
            errors.put(name, message);
        });
        model.addAttribute("problem", problem);
        model.addAttribute("errors", errors);
    }

    /** The API URI with the named query parameters of the page's request, as they came. */
    public static String withParameters(String path, MultiValueMap<String, String> query, List<String> names) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        for (String name : names) {
            List<String> values = query.get(name);
            if (values != null) {
                values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> uri.queryParam(name, v));
            }
        }
        return uri.encode().build().toUriString();
    }
}
