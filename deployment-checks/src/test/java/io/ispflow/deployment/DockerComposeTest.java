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
    void shouldPublishOnlyTheGatewayTheConsoleAndKeycloak() {
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
                    assertThat(Map.of("gateway", "8080", "console", "8086", "keycloak", "8180"))
                            .as(e.getKey() + " publishes " + published + " on every interface")
                            .containsEntry(e.getKey(), published);
                } else {
                    assertThat(hostIp).as(e.getKey()).isEqualTo("127.0.0.1");
                }
            }
        });
        assertThat(services.path("gateway").path("ports").toString()).contains("8080");
        assertThat(services.path("console").path("ports").toString()).contains("8086");
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
            if (d.isConsole()) {
                continue; // an OpenID client, not a resource server: shouldSignPeopleInAtKeycloakFromTheConsole
            }
            JsonNode env = services.path(d.name()).path("environment");
            assertThat(env.path("JWT_ISSUER_URI").asText()).as(d.name()).isEqualTo(hostname + "/realms/" + realm);
            URI jwks = URI.create(env.path("JWT_JWK_SET_URI").asText());
            assertThat(jwks.getHost())
                    .as(d.name() + " fetches the keys inside the network")
                    .isEqualTo("keycloak");
            assertThat(jwks.getPath()).isEqualTo("/realms/" + realm + "/protocol/openid-connect/certs");
        }
    }

    /**
     * The console signs people in at Keycloak with the realm's ispflow-console client: the browser at the issuer's
     * host (KC_HOSTNAME), the console itself inside the network, and Keycloak sends the browser back to the console's
     * published port.
     */
    @Test
    void shouldSignPeopleInAtKeycloakFromTheConsole() {
        JsonNode console = services.path("console");
        JsonNode env = console.path("environment");
        String hostname = services.path("keycloak")
                .path("environment")
                .path("KC_HOSTNAME")
                .asText();
        String realm = KeycloakRealmTest.realm().getRealm();
        assertThat(env.path("OIDC_ISSUER_URI").asText())
                .as("the console's issuer is the gateway's")
                .isEqualTo(hostname + "/realms/" + realm)
                .isEqualTo(services.path("gateway")
                        .path("environment")
                        .path("JWT_ISSUER_URI")
                        .asText());
        URI provider = URI.create(env.path("OIDC_PROVIDER_URI").asText());
        assertThat(provider.getHost()).as("discovery over the back channel").isEqualTo("keycloak");
        assertThat(provider.getPath()).isEqualTo("/realms/" + realm);
        assertThat(URI.create(env.path("CONSOLE_PEOPLE_URL").asText()).getPath())
                .isEqualTo("/admin/realms/" + realm + "/users");
        assertThat(services.path("keycloak")
                        .path("environment")
                        .path("KC_HOSTNAME_BACKCHANNEL_DYNAMIC")
                        .asText())
                .as("Keycloak answers the console's back channel with back-channel endpoints")
                .isEqualTo("true");
        assertThat(URI.create(env.path("GATEWAY_URL").asText()).getHost()).isEqualTo("gateway");
        assertThat(env.path("CONSOLE_SECURE_COOKIE").asText())
                .as("plain HTTP on localhost: a Secure cookie would never come back")
                .isEqualTo("false");

        var client = KeycloakRealmTest.client(env.path("OIDC_CLIENT_ID").asText());
        assertThat(env.path("OIDC_CLIENT_SECRET").asText())
                .as("the console's secret is its client's in the realm")
                .isEqualTo(client.getSecret());
        String published = null;
        for (JsonNode port : Manifests.list(console.path("ports"))) {
            published = port.isTextual()
                    ? publishedOf(port.asText())
                    : port.path("published").asText();
        }
        assertThat(published)
                .as("the console's published port")
                .isEqualTo(env.path("SERVER_PORT").asText());
        assertThat(client.getRedirectUris())
                .contains("http://localhost:" + published + "/login/oauth2/code/" + KeycloakRealmTest.registrationId());
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
