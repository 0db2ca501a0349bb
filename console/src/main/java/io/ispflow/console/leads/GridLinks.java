package io.ispflow.console.leads;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The grid's own links (sort by a column, another page): the current filters kept exactly as they came, every value
 * of a repeated filter included, and one parameter changed. Templates call {@code ${links.sortBy('name', true)}}.
 *
 * @param filters the filters as an encoded query ({@code ?q=..&status=NEW&status=CONTACTED}), or empty
 * @param sort the current sort, or empty
 */
public record GridLinks(String filters, String sort) {

    /** Sorts by the column: descending when it is sorted ascending now, else ascending. */
    public String sortBy(String column, boolean ascendingNow) {
        return with("sort=" + encode(column + (ascendingNow ? ",desc" : ",asc")));
    }

    public String page(int page) {
        return with((sort.isEmpty() ? "" : "sort=" + encode(sort) + "&") + "page=" + page);
    }

    private String with(String parameters) {
        return "/leads" + (filters.isEmpty() ? "?" : filters + "&") + parameters;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
