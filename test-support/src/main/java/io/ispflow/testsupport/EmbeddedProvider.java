package io.ispflow.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * No Docker engine: real PostgreSQL binaries (zonky, started through {@code unshare -U} when running as
 * root) and the in-process KRaft broker of spring-kafka-test. Both stop with the JVM.
 */
final class EmbeddedProvider implements RealInfrastructure.Provider {

    private final EmbeddedPostgres postgres;
    private final EmbeddedKafkaKraftBroker kafka;

    EmbeddedProvider() {
        try {
            postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
        } catch (IOException failure) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", failure);
        }
        kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.brokerProperty("auto.create.topics.enable", "true");
        kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
        kafka.afterPropertiesSet();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            kafka.destroy();
                            try {
                                postgres.close();
                            } catch (IOException ignored) {
                                // the JVM is going away
                            }
                        },
                        "embedded-infrastructure-shutdown"));
    }

    @Override
    public String postgresJdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    @Override
    public String postgresUser() {
        return "postgres";
    }

    @Override
    public String postgresPassword() {
        return "postgres";
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    @Override
    public String description() {
        return "embedded PostgreSQL on port " + postgres.getPort() + ", in-process KRaft broker at "
                + kafka.getBrokersAsString();
    }
}
