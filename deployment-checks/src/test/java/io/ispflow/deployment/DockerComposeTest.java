package io.ispflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docker-compose.yml is valid, builds every deployable from the Dockerfile and starts in dependency order. */
class DockerComposeTest {

    private final JsonNode services = Manifests.compose().path("services");
    private final List<Repository.Deployable> deployables = Repository.get().deployables();

    @Test
    void shouldBeAcceptedByDockerCompose() {
        Tools.Result result = Tools.run(
                Repository.get().root,
                Duration.ofMinutes(1),
                "docker-compose",
                "-f",
                "docker-compose.yml",
                "config",
                "-q");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stderr()).doesNotContainIgnoringCase("warning");
    }

    @Test
    void shouldBuildEveryDeployableFromTheOneDockerfile() {
        for (Repository.Deployable d : deployables) {
            JsonNode service = services.path(d.name());
            assertThat(service.isObject()).as("compose service " + d.name()).isTrue();
            JsonNode build = service.path("build");
            assertThat(build.path("dockerfile").asText()).as(d.name()).isEqualTo("Dockerfile");
            assertThat(Repository.get()
                            .root
                            .relativize(Repository.get()
                                    .root
                                    .resolve(build.path("context").asText())
                                    .normalize())
                            .toString())
                    .as(d.name() + " build context")
                    .isEmpty();
            assertThat(build.path("args").path("SERVICE").asText()).as(d.name()).isEqualTo(d.name());
            assertThat(service.path("image").asText()).as(d.name()).startsWith("ghcr.io/ispflow/" + d.name() + ":");
        }
    }

    @Test
    void shouldStartInOrderOnHealthchecks() {
        services.fields().forEachRemaining(e -> {
            JsonNode service = e.getValue();
            boolean oneShot = "no".equals(service.path("restart").asText("no")) && !service.has("ports");
            if (!oneShot) {
                assertThat(service.path("healthcheck").path("test").isMissingNode())
                        .as(e.getKey() + " has a healthcheck")
                        .isFalse();
            }
            service.path("depends_on").fields().forEachRemaining(dep -> {
                String condition = dep.getValue().path("condition").asText();
                assertThat(condition)
                        .as(e.getKey() + " waits for " + dep.getKey())
                        .isIn("service_healthy", "service_completed_successfully");
            });
        });
        for (Repository.Deployable d : deployables) {
            Set<String> waitsFor = new TreeSet<>();
            services.path(d.name()).path("depends_on").fieldNames().forEachRemaining(waitsFor::add);
            if (d.usesDatabase()) {
                assertThat(waitsFor).as(d.name()).contains("postgres");
            }
            if (d.usesKafka()) {
                assertThat(waitsFor).as(d.name() + " waits for its topics").contains("kafka-topics");
            }
            assertThat(waitsFor)
                    .as(d.name() + " waits for the identity provider")
                    .contains("keycloak");
            // a service it calls, unless that one waits for it (a call made only at run time, both ways: the
            // lead-service's erasure asks the sales desk, whose wizard calls the lead-service)
            d.urlTargets().values().stream()
                    .filter(t -> !dependsOn(t, d.name()))
                    .forEach(t -> assertThat(waitsFor).as(d.name()).contains(t));
        }
    }

    @Test
    void shouldPublishOnlyTheGatewayAndKeycloak() {
        services.fields().forEachRemaining(e -> {
            for (JsonNode port : Manifests.list(e.getValue().path("ports"))) {
                String hostIp = port.isTextual()
                        ? hostIpOf(port.asText())
                        : port.path("host_ip").asText();
                String published = port.isTextual()
                        ? publishedOf(port.asText())
                        : port.path("published").asText();
                boolean public_ = hostIp.isEmpty() || hostIp.equals("0.0.0.0");
                if (public_) {
                    assertThat(Map.of("gateway", "8080", "keycloak", "8180"))
                            .as(e.getKey() + " publishes " + published + " on every interface")
                            .containsEntry(e.getKey(), published);
                } else {
                    assertThat(hostIp).as(e.getKey()).isEqualTo("127.0.0.1");
                }
            }
        });
        assertThat(services.path("gateway").path("ports").toString()).contains("8080");
    }

    private boolean dependsOn(String service, String dependency) {
        return services.path(service).path("depends_on").has(dependency);
    }

    private static String hostIpOf(String spec) {
        String[] parts = spec.split(":");
        return parts.length == 3 ? parts[0] : "";
    }

    private static String publishedOf(String spec) {
        String[] parts = spec.split(":");
        return parts.length >= 2 ? parts[parts.length - 2] : parts[0];
    }

    @Test
    void shouldKeepDataInNamedVolumes() {
        JsonNode volumes = Manifests.compose().path("volumes");
        for (String service : List.of("postgres", "kafka")) {
            boolean named = Manifests.list(services.path(service).path("volumes")).stream()
                    .map(v -> v.isTextual()
                            ? v.asText().split(":")[0]
                            : v.path("source").asText())
                    .anyMatch(volumes::has);
            assertThat(named).as(service + " keeps its data in a named volume").isTrue();
        }
    }

    @Test
    void shouldHaveKeycloakIssueTokensTheServicesTrust() {
        JsonNode keycloak = services.path("keycloak");
        assertThat(keycloak.path("image").asText()).startsWith("quay.io/keycloak/keycloak:26.");
        assertThat(Consistency.Compose.commandText(keycloak))
                .contains("start-dev")
                .contains("--import-realm");
        assertThat(keycloak.path("volumes").toString()).contains("deploy/keycloak/realm-ispflow.json");
        String hostname = keycloak.path("environment").path("KC_HOSTNAME").asText();
        assertThat(hostname).as("KC_HOSTNAME fixes the issuer").isEqualTo("http://localhost:8180");
        String realm = KeycloakRealmTest.realm().getRealm();
        for (Repository.Deployable d : deployables) {
            JsonNode env = services.path(d.name()).path("environment");
            assertThat(env.path("JWT_ISSUER_URI").asText()).as(d.name()).isEqualTo(hostname + "/realms/" + realm);
            URI jwks = URI.create(env.path("JWT_JWK_SET_URI").asText());
            assertThat(jwks.getHost())
                    .as(d.name() + " fetches the keys inside the network")
                    .isEqualTo("keycloak");
            assertThat(jwks.getPath()).isEqualTo("/realms/" + realm + "/protocol/openid-connect/certs");
        }
    }

    @Test
    void shouldLoadTheDemoCatalog() {
        JsonNode env = services.path("catalog-service").path("environment");
        boolean demoProfile = env.path("SPRING_PROFILES_ACTIVE").asText().contains("local");
        boolean demoFlag = Repository.get().deployables().stream()
                .filter(d -> d.name().equals("catalog-service"))
                .flatMap(d -> d.environment().keySet().stream())
                .filter(var -> var.contains("DEMO_DATA"))
                .anyMatch(var -> env.path(var).asText().equals("true"));
        assertThat(demoProfile || demoFlag)
                .as("the catalog loads its demo data in compose")
                .isTrue();
    }
}
