package io.ispflow.testsupport;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** A Docker engine is there: PostgreSQL and Kafka (KRaft) in containers, reused for the whole JVM. */
final class ContainersProvider implements RealInfrastructure.Provider {

    static final String POSTGRES_IMAGE = "postgres:16-alpine";
    static final String KAFKA_IMAGE = "apache/kafka:4.1.1";

    private final PostgreSQLContainer postgres;
    private final KafkaContainer kafka;

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper with the JVM
    ContainersProvider() {
        postgres = new PostgreSQLContainer(POSTGRES_IMAGE).withCommand("postgres", "-c", "max_connections=300");
        kafka = new KafkaContainer(KAFKA_IMAGE);
        postgres.start();
        kafka.start();
    }

    @Override
    public String postgresJdbcUrl(String database) {
        return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(5432) + "/" + database;
    }

    @Override
    public String postgresUser() {
        return postgres.getUsername();
    }

    @Override
    public String postgresPassword() {
        return postgres.getPassword();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String description() {
        return "Testcontainers " + POSTGRES_IMAGE + " and " + KAFKA_IMAGE;
    }
}
