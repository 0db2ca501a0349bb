package io.ispflow.localstack;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The local stack's process control, for the fault drills ({@code ./bench drills}) and for anyone reproducing a fault
 * by hand. Served by the launcher on the token issuer's loopback port:
 *
 * <ul>
 *   <li>{@code GET /stack/processes} - every process: name, port, pid, alive, ready, readySeconds, memoryKb,
 *       memoryKind (RSS; PSS summed over the process tree for PostgreSQL)
 *   <li>{@code GET /stack/processes/{name}} - one of them
 *   <li>{@code POST /stack/processes/{name}/kill} - SIGKILL (with its child processes); answers once it has exited
 *   <li>{@code POST /stack/processes/{name}/stop} - graceful stop, killed after 20 s; answers once it has exited
 *   <li>{@code POST /stack/processes/{name}/start} - starts it again with the same command, environment and data and
 *       answers once it is ready (409 when it is running, 504 with the log's last lines when it does not get ready)
 * </ul>
 *
 * <p>Names: postgres, kafka, catalog-service, lead-service, sales-desk-service, order-service, contract-service,
 * gateway, console. Requests carrying an {@code Origin} header are refused: a web page in the developer's browser
 * must not be able to stop their stack.
 */
final class StackControl implements HttpHandler {

    static final String PATH = "/stack/";

    private final Supplier<Map<String, ProcessSlot>> slots;
    private final Duration stopTimeout;

    StackControl(Supplier<Map<String, ProcessSlot>> slots, Duration stopTimeout) {
        this.slots = slots;
        this.stopTimeout = stopTimeout;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestHeaders().containsKey("Origin")) {
                problem(exchange, 403, "Forbidden", "the stack control does not answer browsers (Origin header)");
                return;
            }
            List<String> parts = List.of(
                    exchange.getRequestURI().getPath().substring(PATH.length()).split("/"));
            if (parts.isEmpty() || !parts.get(0).equals("processes") || parts.size() > 3) {
                problem(exchange, 404, "Not Found", "try GET /stack/processes");
                return;
            }
            String method = exchange.getRequestMethod();
            if (parts.size() == 1) {
                if (!"GET".equals(method)) {
                    problem(exchange, 405, "Method Not Allowed", "GET /stack/processes");
                    return;
                }
                String body = slots.get().values().stream()
                        .map(slot -> JSONObjectUtils.toJSONString(slot.describe()))
                        .collect(Collectors.joining(",\n  ", "[\n  ", "\n]\n"));
                respond(exchange, 200, "application/json", body);
                return;
            }
            ProcessSlot slot = slots.get().get(parts.get(1));
            if (slot == null) {
                problem(
                        exchange,
                        404,
                        "Not Found",
                        "no process named '" + parts.get(1) + "'; the processes are "
                                + String.join(", ", slots.get().keySet()));
                return;
            }
            if (parts.size() == 2) {
                if (!"GET".equals(method)) {
                    problem(exchange, 405, "Method Not Allowed", "GET /stack/processes/" + slot.name());
                    return;
                }
                respond(exchange, 200, "application/json", JSONObjectUtils.toJSONString(slot.describe()));
                return;
            }
            if (!"POST".equals(method)) {
                problem(
                        exchange,
                        405,
                        "Method Not Allowed",
                        "POST /stack/processes/" + slot.name() + "/" + parts.get(2));
                return;
            }
            act(exchange, slot, parts.get(2));
        }
    }

    private void act(HttpExchange exchange, ProcessSlot slot, String action) throws IOException {
        try {
            switch (action) {
                case "kill" -> {
                    LocalStack.log("control: killing " + slot.name() + " (SIGKILL)");
                    slot.kill();
                }
                case "stop" -> {
                    LocalStack.log("control: stopping " + slot.name());
                    slot.stop(stopTimeout);
                }
                case "start" -> {
                    LocalStack.log("control: starting " + slot.name());
                    ManagedProcess p = slot.restart();
                    LocalStack.log("control: " + slot.name() + " ready on :" + slot.port() + " after "
                            + LocalStack.seconds(p.readySeconds()));
                }
                default -> {
                    problem(exchange, 404, "Not Found", "the actions are kill, stop and start");
                    return;
                }
            }
            respond(exchange, 200, "application/json", JSONObjectUtils.toJSONString(slot.describe()));
        } catch (ProcessSlot.AlreadyRunningException e) {
            problem(exchange, 409, "Conflict", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem(exchange, 503, "Service Unavailable", "the launcher is stopping");
        } catch (Exception e) {
            ManagedProcess p = slot.current();
            String tail = p == null ? "" : "\n" + p.tail(20);
            LocalStack.log("control: " + slot.name() + " " + action + " failed: " + e.getMessage());
            problem(exchange, 504, "Gateway Timeout", slot.name() + " " + action + " failed: " + e.getMessage() + tail);
        }
    }

    private static void problem(HttpExchange exchange, int status, String title, String detail) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "about:blank");
        json.put("title", title);
        json.put("status", status);
        json.put("detail", detail);
        respond(exchange, status, "application/problem+json", JSONObjectUtils.toJSONString(json));
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
