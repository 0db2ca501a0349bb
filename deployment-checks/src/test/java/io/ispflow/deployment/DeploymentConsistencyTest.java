package io.ispflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ispflow.contracts.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every topic, database and setting the services need is in docker-compose.yml and in every Kubernetes overlay, and
 * nothing there is left over. What is needed comes from the sources: {@link Topics#ALL} plus the dead-letter topic of
 * each consumed topic (README's services table), each service's database (its application.yml), and the
 * {@code ${VAR:default}} placeholders of platform-defaults.yml and of each application.yml.
 */
class DeploymentConsistencyTest {

    static Stream<Consistency> targets() {
        List<Consistency> targets = new ArrayList<>();
        targets.add(new Consistency.Compose(Manifests.compose()));
        Manifests.overlays().forEach(o -> targets.add(new Consistency.Kubernetes(o, Manifests.render(o))));
        return targets.stream();
    }

    @Test
    void shouldKnowWhatTheServicesNeed() {
        Repository repo = Repository.get();
        assertThat(repo.deployables())
                .extracting(Repository.Deployable::name)
                .contains(
                        "catalog-service",
                        "lead-service",
                        "sales-desk-service",
                        "order-service",
                        "contract-service",
                        "gateway",
                        "console");
        assertThat(repo.neededTopics()).containsAll(Topics.ALL).contains("order.events.dlt", "catalog.events.dlt");
        assertThat(repo.compactedTopics()).containsExactly(Topics.CATALOG);
        for (Repository.Deployable d : repo.deployables()) {
            assertThat(d.environment()).as(d.name()).containsKey("SERVER_PORT");
            if (d.isService()) {
                assertThat(d.environment())
                        .as(d.name())
                        .containsKeys(
                                "DATABASE_URL",
                                "DATABASE_USERNAME",
                                "DATABASE_PASSWORD",
                                "KAFKA_BOOTSTRAP_SERVERS",
                                "JWT_JWK_SET_URI",
                                "JWT_ISSUER_URI");
                assertThat(d.database()).as(d.name()).isNotBlank();
            }
            d.consumedTopics()
                    .forEach(t ->
                            assertThat(Topics.ALL).as(d.name() + " consumes").contains(t));
        }
        assertThat(repo.deployables().stream()
                        .filter(Repository.Deployable::isGateway)
                        .findFirst()
                        .orElseThrow()
                        .urlTargets())
                .containsValues(
                        "catalog-service", "lead-service", "sales-desk-service", "order-service", "contract-service");
        Repository.Deployable console = repo.deployables().stream()
                .filter(Repository.Deployable::isConsole)
                .findFirst()
                .orElseThrow();
        assertThat(console.environment())
                .as("the console signs people in and calls the gateway")
                .containsKeys(
                        "GATEWAY_URL",
                        "OIDC_ISSUER_URI",
                        "OIDC_PROVIDER_URI",
                        "OIDC_CLIENT_ID",
                        "OIDC_CLIENT_SECRET",
                        "CONSOLE_SECURE_COOKIE",
                        "CONSOLE_PEOPLE_URL",
                        "LOG_FORMAT")
                .doesNotContainKeys("DATABASE_URL", "KAFKA_BOOTSTRAP_SERVERS", "JWT_ISSUER_URI");
        assertThat(console.urlTargets())
                .as("the console calls the gateway only")
                .containsOnly(org.assertj.core.api.Assertions.entry("GATEWAY_URL", "gateway"));
        assertThat(console.usesDatabase()).isFalse();
        assertThat(console.usesKafka()).isFalse();
        assertThat(repo.neededCalls()).contains("console -> gateway");
    }

    @Test
    void shouldMatchTheReadmeServicesTable() {
        Repository repo = Repository.get();
        Repository.ServicesTable table = repo.servicesTable();
        for (Repository.Deployable d : repo.deployables()) {
            assertThat(table.ports().get(d.name()))
                    .as("README port of " + d.name())
                    .isEqualTo(d.port());
            assertThat(table.databases().get(d.name()))
                    .as("README database of " + d.name())
                    .isEqualTo(d.database());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void shouldSetEveryVariableTheServicesRead(Consistency target) {
        assertThat(target.environmentProblems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void shouldCreateEveryTopicAndDeadLetterTopic(Consistency target) {
        assertThat(target.topics()).isNotEmpty();
        assertThat(target.topicProblems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void shouldGiveEveryServiceItsOwnDatabase(Consistency target) {
        assertThat(target.databaseProblems(Repository.get().deployables())).isEmpty();
    }

    // --- the checks catch what they are for -------------------------------------------------------------

    @Test
    void shouldFailWhenATopicIsRemovedFromKubernetes() {
        for (String overlay : Manifests.overlays()) {
            List<JsonNode> docs = new ArrayList<>(Manifests.renderCopy(overlay));
            if (!Manifests.ofKind(docs, "KafkaTopic").isEmpty()) {
                docs.removeIf(d -> d.path("spec").path("topicName").asText().equals(Topics.LEAD));
            } else {
                JsonNode job = Manifests.ofKind(docs, "Job").get(0);
                ArrayNode args = (ArrayNode) job.at("/spec/template/spec/containers/0/args");
                args.set(0, args.get(0).asText().replaceAll("(?m)^\\s*create lead\\.events .*$", ""));
            }
            assertThat(new Consistency.Kubernetes(overlay, docs).topicProblems())
                    .as(overlay)
                    .anyMatch(p -> p.contains("does not create the topic lead.events"));
        }
    }

    @Test
    void shouldFailWhenADeadLetterTopicOrTheCompactionIsMissing() {
        List<JsonNode> docs = new ArrayList<>(Manifests.renderCopy("dev"));
        docs.removeIf(d -> d.path("spec").path("topicName").asText().equals("order.events.dlt"));
        Manifests.ofKind(docs, "KafkaTopic").stream()
                .filter(d -> d.path("spec").path("topicName").asText().equals(Topics.CATALOG))
                .forEach(d -> ((ObjectNode) d.path("spec").path("config")).remove("cleanup.policy"));
        assertThat(new Consistency.Kubernetes("dev", docs).topicProblems())
                .anyMatch(p -> p.contains("order.events.dlt"))
                .anyMatch(p -> p.contains("catalog.events must be compacted"));
    }

    @Test
    void shouldFailWhenASettingIsMissingMisspeltOrPointsElsewhere() {
        List<JsonNode> docs = Manifests.renderCopy("prod");
        JsonNode kafka = docs.stream()
                .filter(d -> d.path("data").has("KAFKA_BOOTSTRAP_SERVERS"))
                .findFirst()
                .orElseThrow();
        ObjectNode data = (ObjectNode) kafka.path("data");
        data.put(
                "KAFKA_BOOTSTRAP_SERVER", data.remove("KAFKA_BOOTSTRAP_SERVERS").asText());
        JsonNode leadConfig = docs.stream()
                .filter(d -> Manifests.name(d).startsWith("lead-service-config"))
                .findFirst()
                .orElseThrow();
        ((ObjectNode) leadConfig.path("data")).put("DATABASE_URL", "jdbc:postgresql://db:5432/orders");
        List<String> problems = new Consistency.Kubernetes("prod", docs).environmentProblems();
        assertThat(problems)
                .anyMatch(p -> p.contains("lead-service does not set KAFKA_BOOTSTRAP_SERVERS"))
                .anyMatch(p -> p.contains("sets KAFKA_BOOTSTRAP_SERVER, which no configuration"))
                .anyMatch(p -> p.contains("lead-service: DATABASE_URL jdbc:postgresql://db:5432/orders"));
    }

    @Test
    void shouldFailWhenThePersonKeyStoreIsMissingOrNotShared() {
        assertThat(Repository.get().sharedDatabases()).containsEntry("PERSON_KEYS_DATABASE_URL", "person_keys");

        ObjectNode compose = Manifests.compose().deepCopy();
        ((ObjectNode) compose.at("/services/order-service/environment"))
                .put("PERSON_KEYS_DATABASE_URL", "jdbc:postgresql://postgres:5432/orders");
        ((ObjectNode) compose.at("/services/contract-service/environment")).put("PRIVACY_MASTER_KEY", "c2hvcnQ=");
        ((ObjectNode) compose.at("/services/lead-service/environment")).remove("PERSON_KEYS_DATABASE_USERNAME");
        ((ObjectNode) compose.at("/services/catalog-service/environment"))
                .put("PERSON_KEYS_DATABASE_USERNAME", "catalog");
        Consistency.Compose target = new Consistency.Compose(compose);
        assertThat(target.environmentProblems())
                .anyMatch(p -> p.contains("order-service: PERSON_KEYS_DATABASE_URL")
                        && p.contains("is not the shared database person_keys"))
                .anyMatch(p -> p.contains("contract-service: PRIVACY_MASTER_KEY is not the base64 of 32 bytes"))
                .anyMatch(p -> p.contains("the deployables disagree on PRIVACY_MASTER_KEY"))
                .anyMatch(p -> p.contains("the deployables disagree on PERSON_KEYS_DATABASE_URL"))
                .anyMatch(p -> p.contains("lead-service does not set PERSON_KEYS_DATABASE_USERNAME"));
        assertThat(target.databaseProblems(Repository.get().deployables()))
                .anyMatch(p -> p.contains("catalog-service connects to person_keys as catalog"));

        List<JsonNode> docs = new ArrayList<>(Manifests.renderCopy("dev"));
        docs.removeIf(d -> d.path("kind").asText().equals("Database")
                && d.path("spec").path("name").asText().equals("person_keys"));
        assertThat(new Consistency.Kubernetes("dev", docs)
                        .databaseProblems(Repository.get().deployables()))
                .anyMatch(p -> p.contains("has no CloudNativePG Database person_keys"));
    }

    @Test
    void shouldFailWhenTheConsoleSignsInElsewhereOrKeepsItsSecretInAConfigMap() {
        ObjectNode compose = Manifests.compose().deepCopy();
        ObjectNode env = (ObjectNode) compose.at("/services/console/environment");
        env.put("OIDC_ISSUER_URI", "http://keycloak:8080/realms/ispflow");
        env.put("OIDC_PROVIDER_URI", "http://localhost:8180/realms/ispflow");
        env.put("CONSOLE_PEOPLE_URL", "http://keycloak:8080/admin/realms/other/users");
        env.put("GATEWAY_URL", "http://lead-service:8082");
        assertThat(new Consistency.Compose(compose).environmentProblems())
                .anyMatch(p -> p.contains("console: OIDC_ISSUER_URI http://keycloak:8080/realms/ispflow is not the"
                        + " JWT_ISSUER_URI the others trust"))
                .anyMatch(p -> p.contains(
                        "console: OIDC_PROVIDER_URI http://localhost:8180/realms/ispflow is another" + " host"))
                .anyMatch(p -> p.contains("console: CONSOLE_PEOPLE_URL http://keycloak:8080/admin/realms/other/users"))
                .anyMatch(
                        p -> p.contains("GATEWAY_URL=http://lead-service:8082 must name the compose service gateway"));

        for (String overlay : Manifests.overlays()) {
            List<JsonNode> docs = Manifests.renderCopy(overlay);
            JsonNode console = Manifests.find(docs, "Deployment", "console").orElseThrow();
            for (JsonNode e : Manifests.list(Manifests.mainContainer(console).path("env"))) {
                if (e.path("name").asText().equals("OIDC_CLIENT_SECRET")) {
                    ((ObjectNode) e).remove("valueFrom");
                    ((ObjectNode) e).put("value", "in-plain-sight");
                }
            }
            assertThat(new Consistency.Kubernetes(overlay, docs).environmentProblems())
                    .as(overlay)
                    .anyMatch(p -> p.contains("console: OIDC_CLIENT_SECRET comes from env; take it from a Secret"));
        }
    }

    @Test
    void shouldFailWhenComposeMissesASettingOrADatabase() {
        ObjectNode compose = Manifests.compose().deepCopy();
        ((ObjectNode) compose.at("/services/order-service/environment")).remove("JWT_ISSUER_URI");
        ((ObjectNode) compose.at("/services/gateway/environment")).put("LEAD_URL", "http://order-service:8084");
        Consistency.Compose target = new Consistency.Compose(compose);
        assertThat(target.environmentProblems())
                .anyMatch(p -> p.contains("order-service does not set JWT_ISSUER_URI"))
                .anyMatch(p -> p.contains("LEAD_URL=http://order-service:8084 must name the compose service"));
        assertThat(Consistency.Compose.createdDatabases("CREATE DATABASE lead OWNER lead;"))
                .containsEntry("lead", "lead")
                .doesNotContainKey("catalog");
    }
}
