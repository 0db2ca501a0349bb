package io.ispflow.bench.stack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The local stack's process control API on the launcher ({@code :9000/stack/processes}): list, kill (SIGKILL),
 * stop (SIGTERM, then SIGKILL after 20 s) and start (waits until ready, up to 240 s).
 */
public final class StackControl {

    public static final String POSTGRES = "postgres";
    public static final String KAFKA = "kafka";
    public static final String CATALOG = "catalog-service";
    public static final String LEAD = "lead-service";
    public static final String SALES_DESK = "sales-desk-service";
    public static final String ORDER = "order-service";
    public static final String CONTRACT = "contract-service";
    public static final String GATEWAY = "gateway";

    /** The stack's processes in start order. */
    public static final List<String> ALL =
            List.of(POSTGRES, KAFKA, CATALOG, LEAD, SALES_DESK, ORDER, CONTRACT, GATEWAY);

    public static final List<String> SERVICES = List.of(CATALOG, LEAD, SALES_DESK, ORDER, CONTRACT, GATEWAY);

    /** The start call waits for readiness (the launcher's bound is 240 s): the HTTP call gets a little more. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(270);

    /** One process as the launcher shows it; memoryKind is RSS, or PSS summed over PostgreSQL's processes. */
    public record ProcessInfo(
            String name,
            int port,
            long pid,
            boolean alive,
            boolean ready,
            double readySeconds,
            long memoryKb,
            String memoryKind) {

        static ProcessInfo of(JsonNode json) {
            return new ProcessInfo(
                    json.path("name").asString(),
                    json.path("port").asInt(),
                    json.path("pid").isNumber() ? json.path("pid").asLong() : -1,
                    json.path("alive").asBoolean(false),
                    json.path("ready").asBoolean(false),
                    json.path("readySeconds").isNumber()
                            ? json.path("readySeconds").asDouble()
                            : Double.NaN,
                    json.path("memoryKb").isNumber() ? json.path("memoryKb").asLong() : -1,
                    json.path("memoryKind").asString("RSS"));
        }
    }

    private final Http http;
    private final String baseUrl;

    public StackControl(Http http, String issuerUrl) {
        this.http = http;
        this.baseUrl = issuerUrl + "/stack/processes";
    }

    /** The processes, or an exception saying why the list could not be had. */
    public List<ProcessInfo> processes() {
        Http.Response response = http.send("GET", baseUrl, null, Map.of(), null, Duration.ofSeconds(10));
        if (response.status() != 200) {
            throw new IllegalStateException("GET " + baseUrl + " answered " + response);
        }
        List<ProcessInfo> processes = new ArrayList<>();
        response.json().forEach(node -> processes.add(ProcessInfo.of(node)));
        return processes;
    }

    public ProcessInfo process(String name) {
        return processes().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the stack has no process named " + name));
    }

    public ProcessInfo kill(String name) {
        return act(name, "kill", Duration.ofSeconds(60));
    }

    public ProcessInfo stop(String name) {
        return act(name, "stop", Duration.ofSeconds(60));
    }

    /** Starts the process and returns once it is ready; readySeconds is this start's. */
    public ProcessInfo start(String name) {
        return act(name, "start", START_TIMEOUT);
    }

    /** Starts the process unless it is alive already (restoring after a drill, whatever happened before). */
    public void ensureStarted(String name) {
        if (!process(name).alive()) {
            start(name);
        }
    }

    private ProcessInfo act(String name, String action, Duration timeout) {
        String url = baseUrl + "/" + name + "/" + action;
        Http.Response response = http.send("POST", url, null, Map.of(), null, timeout);
        if (response.status() != 200) {
            throw new IllegalStateException("POST " + url + " answered " + response);
        }
        return ProcessInfo.of(response.json());
    }
}
