package io.ispflow.bench;

import io.ispflow.bench.report.Report;
import io.ispflow.bench.stack.Database;
import io.ispflow.bench.stack.Http;
import io.ispflow.bench.stack.StackControl;
import io.ispflow.bench.stack.Tokens;
import java.util.Map;

/**
 * One run of the bench: its sizes, the report it writes, and the ways it reaches the stack. {@code id} makes
 * the users, documents and markers of this run unique, so runs can follow each other on the same data.
 */
public record Run(
        Sizes sizes, Report report, Http http, Tokens tokens, StackControl stack, Database database, String id) {

    public static final String GATEWAY = "http://localhost:8080";
    public static final String ISSUER = "http://localhost:9000";
    public static final String CONSOLE = "http://localhost:8086";
    public static final String KAFKA = "localhost:9092";

    private static final Map<String, Integer> PORTS = Map.of(
            StackControl.GATEWAY, 8080,
            StackControl.CATALOG, 8081,
            StackControl.LEAD, 8082,
            StackControl.SALES_DESK, 8083,
            StackControl.ORDER, 8084,
            StackControl.CONTRACT, 8085);

    public String gateway(String path) {
        return GATEWAY + path;
    }

    /** A service's own port (the gateway's for "gateway"). */
    public static String service(String name) {
        Integer port = PORTS.get(name);
        if (port == null) {
            throw new IllegalArgumentException("no HTTP port for " + name);
        }
        return "http://localhost:" + port;
    }

    public String token(Tokens.User user) {
        return tokens.of(user);
    }
}
