package io.ispflow.console.api;

/** Which part of ISPFlow answers an API path: what a page names when that part is unavailable. */
public final class Parts {

    private Parts() {}

    public static String of(String path) {
        if (path == null) {
            return "api";
        }
        if (path.startsWith("/api/leads") || path.startsWith("/api/prospects")) {
            return "leads";
        }
        if (path.startsWith("/api/tickets")) {
            return "tickets";
        }
        if (path.startsWith("/api/catalog")) {
            return "catalog";
        }
        if (path.startsWith("/api/orders") || path.startsWith("/api/technicians") || path.startsWith("/api/planning")) {
            return "orders";
        }
        if (path.startsWith("/api/contracts") || path.startsWith("/api/customers")) {
            return "contracts";
        }
        return "api";
    }
}
