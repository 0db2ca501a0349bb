package io.ispflow.console.api;

import java.util.List;
import java.util.Map;

/**
 * A successful answer: the JSON body as maps and lists (the pages name the API's own fields), and the ETag that
 * a later change sends back as If-Match.
 */
public record ApiResponse(int status, Object body, String etag, String location) {

    @SuppressWarnings("unchecked")
    public Map<String, Object> map() {
        return body instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> list() {
        return body instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    /** The records of a list answer: a page's items, or the list itself. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> items() {
        if (body instanceof Map<?, ?> m && m.get("items") instanceof List<?> items) {
            return (List<Map<String, Object>>) items;
        }
        return list();
    }

    /** The version inside an ETag such as {@code "3"} or {@code W/"3"}. */
    public String version() {
        if (etag == null) {
            return null;
        }
        return etag.replace("W/", "").replace("\"", "");
    }
}
