package io.ispflow.bench.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The stack's PostgreSQL server, where each service has its own database (catalog, lead, salesdesk, orders,
 * contract). The bench reads them (counts per ticket), bulk-loads leads and keeps its scratch table in a
 * database of its own, {@code bench}. Same settings as ./stack: ISPFLOW_PG_URL, ISPFLOW_PG_USER,
 * ISPFLOW_PG_PASSWORD; by default the embedded server on localhost:15432 as postgres/postgres.
 */
public final class Database {

    public static final String LEAD = "lead";
    public static final String SALES_DESK = "salesdesk";
    public static final String ORDERS = "orders";
    public static final String BENCH = "bench";

    private final String urlPrefix;
    private final String user;
    private final String password;

    public Database(String serverUrl, String user, String password) {
        // jdbc:postgresql://host:port/postgres -> jdbc:postgresql://host:port/
        String withoutQuery = serverUrl.contains("?") ? serverUrl.substring(0, serverUrl.indexOf('?')) : serverUrl;
        this.urlPrefix = withoutQuery.substring(0, withoutQuery.lastIndexOf('/') + 1);
        this.user = user;
        this.password = password;
    }

    public static Database fromEnvironment() {
        return new Database(
                env("ISPFLOW_PG_URL", "jdbc:postgresql://localhost:15432/postgres"),
                env("ISPFLOW_PG_USER", "postgres"),
                env("ISPFLOW_PG_PASSWORD", "postgres"));
    }

    /** A new connection (the drills restart the server: nothing is pooled across a restart). */
    public Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "600");
        properties.setProperty("ApplicationName", "ispflow-bench");
        return DriverManager.getConnection(urlPrefix + database, properties);
    }

    /** Creates the bench's own database when it does not exist yet. */
    public void ensureBenchDatabase() throws SQLException {
        try (Connection connection = connect("postgres");
                Statement statement = connection.createStatement();
                var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + BENCH + "'")) {
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + BENCH);
            }
        }
    }

    public String describe() {
        return urlPrefix + " as " + user;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
