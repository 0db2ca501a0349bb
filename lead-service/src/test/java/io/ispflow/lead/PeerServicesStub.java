package io.ispflow.lead;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sales desk, order and contract services as the lead service sees them when it asks what they
 * hold about a person: their {@code GET /api/.../personal-data/{leadId}} answers. Their real
 * implementations are tested in their own modules and end to end; here a test decides what the
 * contract service reports (contracts in force) or that a service is down. One per JVM, since every
 * lead test shares one application context.
 */
public final class PeerServicesStub {

    private static final PeerServicesStub INSTANCE = start();

    private final HttpServer server;
    private final Map<String, String> contractsByLead = new ConcurrentHashMap<>();
    private final Set<String> failingLeads = ConcurrentHashMap.newKeySet();
    private final List<String> authorizations = new java.util.concurrent.CopyOnWriteArrayList<>();

    private PeerServicesStub(HttpServer server) {
        this.server = server;
    }

    public static PeerServicesStub get() {
        return INSTANCE;
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The contract service will list this contract for the lead. */
    public void contract(String leadId, String number, String status) {
        contractsByLead.put(
                leadId, "[{\"id\":\"c-" + number + "\",\"number\":\"" + number + "\",\"status\":\"" + status + "\"}]");
    }

    /** Every service answers 500 about this lead. */
    public void failFor(String leadId) {
        failingLeads.add(leadId);
    }

    /** The Authorization headers received, oldest first. */
    public List<String> authorizations() {
        return authorizations;
    }

    private static PeerServicesStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            PeerServicesStub stub = new PeerServicesStub(server);
            server.createContext("/api/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String leadId = path.substring(path.lastIndexOf('/') + 1);
                stub.authorizations.add(
                        String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
                String service = path.startsWith("/api/tickets/")
                        ? "sales-desk-service"
                        : path.startsWith("/api/orders/") ? "order-service" : "contract-service";
                String extra = service.equals("contract-service")
                        ? ",\"contracts\":" + stub.contractsByLead.getOrDefault(leadId, "[]")
                        : "";
                byte[] body = ("{\"service\":\"" + service + "\",\"leadId\":\"" + leadId + "\"" + extra + "}")
                        .getBytes(StandardCharsets.UTF_8);
                int status = stub.failingLeads.contains(leadId) ? 500 : 200;
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return stub;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
