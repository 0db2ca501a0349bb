package io.ispflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ServiceSpecTest {

    private static final ServiceSpec.Infrastructure INFRA = new ServiceSpec.Infrastructure(
            new ServiceSpec.DatabaseTarget() {
                @Override
                public String url(String database) {
                    return PostgresServer.jdbcUrl(database);
                }

                @Override
                public String user() {
                    return "postgres";
                }

                @Override
                public String password() {
                    return "postgres";
                }
            },
            "localhost:9092",
            "http://localhost:9000",
            "http://localhost:9000/.well-known/jwks.json",
            ServiceSpec.DEV_PRIVACY_MASTER_KEY);

    @Test
    void serviceEnvironment() {
        Map<String, String> env = ServiceSpec.SALES_DESK.environment(INFRA);
        assertThat(env)
                .containsEntry("SPRING_PROFILES_ACTIVE", "local")
                .containsEntry("SERVER_PORT", "8083")
                .containsEntry("DATABASE_URL", "jdbc:postgresql://localhost:15432/salesdesk")
                .containsEntry("DATABASE_USERNAME", "postgres")
                .containsEntry("DATABASE_PASSWORD", "postgres")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")
                .containsEntry("JWT_JWK_SET_URI", "http://localhost:9000/.well-known/jwks.json")
                .containsEntry("JWT_ISSUER_URI", "http://localhost:9000")
                .containsEntry("PERSON_KEYS_DATABASE_URL", "jdbc:postgresql://localhost:15432/person_keys")
                .containsEntry("PERSON_KEYS_DATABASE_USERNAME", "postgres")
                .containsEntry("PERSON_KEYS_DATABASE_PASSWORD", "postgres")
                .containsEntry("PRIVACY_MASTER_KEY", ServiceSpec.DEV_PRIVACY_MASTER_KEY)
                .doesNotContainKey("CATALOG_URL");
        // one key store and one master key for every service
        assertThat(ServiceSpec.CATALOG.environment(INFRA))
                .containsEntry("PERSON_KEYS_DATABASE_URL", "jdbc:postgresql://localhost:15432/person_keys")
                .containsEntry("PRIVACY_MASTER_KEY", ServiceSpec.DEV_PRIVACY_MASTER_KEY);
        assertThat(LocalStack.databaseNames())
                .containsExactly("catalog", "lead", "salesdesk", "orders", "contract", "person_keys");
        assertThat(ServiceSpec.ORDER.environment(INFRA))
                .containsEntry("DATABASE_URL", "jdbc:postgresql://localhost:15432/orders");
    }

    @Test
    void gatewayEnvironment() {
        Map<String, String> env = ServiceSpec.GATEWAY.environment(INFRA);
        assertThat(env)
                .containsEntry("SERVER_PORT", "8080")
                .containsEntry("CATALOG_URL", "http://localhost:8081")
                .containsEntry("LEAD_URL", "http://localhost:8082")
                .containsEntry("SALES_DESK_URL", "http://localhost:8083")
                .containsEntry("ORDER_URL", "http://localhost:8084")
                .containsEntry("CONTRACT_URL", "http://localhost:8085")
                .containsEntry("JWT_ISSUER_URI", "http://localhost:9000")
                .doesNotContainKey("DATABASE_URL")
                .doesNotContainKey("PERSON_KEYS_DATABASE_URL")
                .doesNotContainKey("PRIVACY_MASTER_KEY");
        assertThat(ServiceSpec.GATEWAY.jarPath()).isEqualTo("gateway/target/gateway.jar");
    }

    @Test
    void kafkaSingleNodeConfiguration() throws Exception {
        Properties props = new Properties();
        props.load(new StringReader(KafkaBroker.serverProperties(Path.of("/data/kafka/data"))));
        assertThat(props)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("listeners", "PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093")
                .containsEntry("controller.quorum.bootstrap.servers", "localhost:9093")
                .containsEntry("log.dirs", "/data/kafka/data")
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("min.insync.replicas", "1")
                .containsEntry("auto.create.topics.enable", "true")
                .containsEntry("num.partitions", "3");
    }
}
