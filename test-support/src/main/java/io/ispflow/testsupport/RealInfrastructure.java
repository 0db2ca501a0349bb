package io.ispflow.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * The real PostgreSQL and Kafka broker every test talks to, started once per test JVM. With a
 * Docker engine, Testcontainers provides them; without one (CI here), embedded PostgreSQL binaries
 * and the in-process KRaft broker do. The same test classes run either way. Force a mode with
 * {@code -Dispflow.test.infra=embedded|containers} (or the ISPFLOW_TEST_INFRA variable).
 */
public final class RealInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(RealInfrastructure.class);
    private static RealInfrastructure instance;

    /** What the two modes have in common. */
    interface Provider {
        String postgresJdbcUrl(String database);

        String postgresUser();

        String postgresPassword();

        String kafkaBootstrapServers();

        String description();
    }

    private final Provider provider;

    private RealInfrastructure(Provider provider) {
        this.provider = provider;
    }

    public static synchronized RealInfrastructure get() {
        if (instance == null) {
            long start = System.nanoTime();
            instance = new RealInfrastructure(startProvider());
            log.info(
                    "Test infrastructure ready in {} ms: {}",
                    (System.nanoTime() - start) / 1_000_000,
                    instance.provider.description());
        }
        return instance;
    }

    private static Provider startProvider() {
        String mode = System.getProperty(
                        "ispflow.test.infra", System.getenv().getOrDefault("ISPFLOW_TEST_INFRA", "auto"))
                .toLowerCase(Locale.ROOT);
        boolean containers =
                switch (mode) {
                    case "containers" -> true;
                    case "embedded" -> false;
                    default -> dockerAvailable();
                };
        return containers ? new ContainersProvider() : new EmbeddedProvider();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable noDocker) {
            return false;
        }
    }

    /** Creates a new, empty database, so each application context migrates its own schema from scratch. */
    public String createDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = DriverManager.getConnection(
                        provider.postgresJdbcUrl("postgres"), provider.postgresUser(), provider.postgresPassword());
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not create test database " + name, failure);
        }
        return provider.postgresJdbcUrl(name);
    }

    public String postgresUser() {
        return provider.postgresUser();
    }

    public String postgresPassword() {
        return provider.postgresPassword();
    }

    public String kafkaBootstrapServers() {
        return provider.kafkaBootstrapServers();
    }

    public String description() {
        return provider.description();
    }
}
