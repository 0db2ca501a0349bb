package io.ispflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
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
    void consoleEnvironment() {
        Map<String, String> env = ServiceSpec.CONSOLE.environment(INFRA);
        assertThat(env)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "SPRING_PROFILES_ACTIVE", "local",
                        "SERVER_PORT", "8086",
                        "GATEWAY_URL", "http://localhost:8080",
                        "OIDC_ISSUER_URI", "http://localhost:9000",
                        "OIDC_PROVIDER_URI", "http://localhost:9000",
                        "OIDC_CLIENT_ID", "ispflow-console",
                        "OIDC_CLIENT_SECRET", "ispflow-console-dev-secret",
                        "CONSOLE_PEOPLE_URL", "http://localhost:9000/users",
                        "MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true"));
        assertThat(ServiceSpec.CONSOLE.jarPath()).isEqualTo("console/target/console.jar");
        assertThat(ServiceSpec.CONSOLE.healthUrl()).isEqualTo("http://localhost:8086/actuator/health/readiness");
        assertThat(ServiceSpec.CONSOLE.isGateway()).isFalse();
        // the console's client is the one the dev OpenID provider knows
        assertThat(env.get("OIDC_CLIENT_ID")).isEqualTo(OidcProvider.CONSOLE_CLIENT_ID);
        assertThat(env.get("OIDC_CLIENT_SECRET")).isEqualTo(OidcProvider.CONSOLE_CLIENT_SECRET);
    }

    @Test
    void theLaunchersEnvironmentPointsTheStackAtAnotherProvider() {
        String keycloak = "http://localhost:8180/realms/ispflow";
        Map<String, String> launcher = Map.of(
                "JWT_ISSUER_URI", keycloak,
                "JWT_JWK_SET_URI", keycloak + "/protocol/openid-connect/certs",
                "OIDC_ISSUER_URI", keycloak,
                "OIDC_PROVIDER_URI", keycloak,
                "DATABASE_URL", "jdbc:postgresql://elsewhere/db");
        Map<String, String> service = ServiceSpec.LEAD.environment(INFRA, launcher);
        assertThat(service)
                .containsEntry("JWT_ISSUER_URI", keycloak)
                .containsEntry("JWT_JWK_SET_URI", keycloak + "/protocol/openid-connect/certs")
                .doesNotContainKey("OIDC_ISSUER_URI")
                // only identity settings are taken from the launcher's environment
                .containsEntry(
                        "DATABASE_URL", ServiceSpec.LEAD.environment(INFRA).get("DATABASE_URL"));
        Map<String, String> console = ServiceSpec.CONSOLE.environment(INFRA, launcher);
        assertThat(console)
                .containsEntry("OIDC_ISSUER_URI", keycloak)
                .containsEntry("OIDC_PROVIDER_URI", keycloak)
                .doesNotContainKey("JWT_ISSUER_URI");
        assertThat(ServiceSpec.CONSOLE.environment(INFRA, Map.of())).isEqualTo(ServiceSpec.CONSOLE.environment(INFRA));
    }

    @Test
    void everyModuleInStartOrder() {
        assertThat(ServiceSpec.ALL.stream().map(ServiceSpec::name))
                .containsExactly(
                        "catalog-service",
                        "lead-service",
                        "sales-desk-service",
                        "order-service",
                        "contract-service",
                        "gateway",
                        "console");
        assertThat(ServiceSpec.ALL.stream().map(ServiceSpec::port)).doesNotHaveDuplicates();
        assertThat(LocalStack.PROCESS_ORDER)
                .containsExactly(
                        "postgres",
                        "kafka",
                        "catalog-service",
                        "lead-service",
                        "sales-desk-service",
                        "order-service",
                        "contract-service",
                        "gateway",
                        "console");
        assertThat(ServiceSpec.SERVICES).doesNotContain(ServiceSpec.GATEWAY, ServiceSpec.CONSOLE);
    }

    @Test
    void summaryShowsTheConsoleFirst() {
        List<String> banner = LocalStack.consoleBanner(true);
        assertThat(banner).anySatisfy(line -> assertThat(line).contains("Consola: http://localhost:8086"));
        assertThat(banner).anySatisfy(line -> assertThat(line)
                .contains("Inicie sesión como un usuario de demostración")
                .contains("ana"));
        assertThat(LocalStack.consoleBanner(false))
                .noneSatisfy(line -> assertThat(line).contains("Consola"));
    }

    @Test
    void aMissingConsoleJarIsExplained() {
        List<String> lines = LocalStack.missingJars(List.of("console/target/console.jar"), Path.of("/repo"));
        assertThat(lines.get(0)).startsWith("missing console/target/console.jar (under /repo)");
        assertThat(lines.get(1))
                .contains("./mvnw -DskipTests -pl console -am package")
                .contains("--only catalog,lead,sales-desk,order,contract,gateway");
        assertThat(LocalStack.missingJars(List.of("gateway/target/gateway.jar"), Path.of("/repo")))
                .singleElement()
                .asString()
                .contains("./mvnw -DskipTests package");
    }

    @Test
    void demoUsersMatchTheKeycloakRealm() {
        assertThat(LocalStack.DEMO_USERS.stream().map(u -> u.sub() + "=" + u.name() + " " + u.roles() + u.zones()))
                .containsExactly(
                        "admin=Admin ISPFlow [ADMIN][]",
                        "ana=Ana García [SALES][NORTE]",
                        "sol=Sol Martínez [SALES][SUR]",
                        "marta=Marta López [MANAGER][]",
                        "pablo=Pablo Sánchez [PLANNER][]",
                        "tito=Tito Fernández [TECHNICIAN][NORTE]",
                        "bea=Bea Romero [BACKOFFICE][]");
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
