package io.ispflow.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * A fake service: a JDK HttpServer that answers every request with JSON describing what it received
 * (its own name, method, path, query, headers with lower-case names, body), optionally after a delay.
 */
final class EchoUpstream implements AutoCloseable {

    private final String service;
    private final HttpServer server;
    private final Duration delay;

    private EchoUpstream(String service, Duration delay) {
        this.service = service;
        this.delay = delay;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::echo);
        server.start();
    }

    static EchoUpstream start(String service) {
        return new EchoUpstream(service, Duration.ZERO);
    }

    static EchoUpstream startSlow(String service, Duration delay) {
        return new EchoUpstream(service, delay);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A URL where nothing listens: connections are refused. */
    static String deadUrl() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void echo(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis()); // a slow service, for the time-limit tests
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            String json = "{"
                    + field("service", service) + ","
                    + field("method", exchange.getRequestMethod()) + ","
                    + field("path", exchange.getRequestURI().getRawPath()) + ","
                    + field("query", exchange.getRequestURI().getRawQuery()) + ","
                    + field("body", body) + ","
                    + quote("headers") + ":{"
                    + headers.entrySet().stream()
                            .map(e -> quote(e.getKey()) + ":["
                                    + e.getValue().stream()
                                            .map(EchoUpstream::quote)
                                            .collect(Collectors.joining(","))
                                    + "]")
                            .collect(Collectors.joining(","))
                    + "}}";
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String field(String name, String value) {
        return quote(name) + ":" + (value == null ? "null" : quote(value));
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
