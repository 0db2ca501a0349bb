package io.ispflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every overlay renders and every rendered document is valid and hardened (probes, limits, non-root, ...). */
class KubernetesManifestsTest {

    static Stream<String> overlays() {
        return Manifests.overlays().stream();
    }

    @Test
    void shouldHaveTheDevAndProdOverlays() {
        assertThat(Manifests.overlays()).contains("dev", "prod");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldRenderAndValidateStrictly(String overlay) {
        List<JsonNode> docs = Manifests.render(overlay);
        assertThat(docs).as("documents of %s", overlay).isNotEmpty();
        List<String> problems = new ArrayList<>();
        docs.forEach(doc -> problems.addAll(StrictValidation.problems(doc)));
        assertThat(problems).as("schema problems in k8s/overlays/%s", overlay).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldHardenEveryWorkload(String overlay) {
        assertThat(WorkloadRules.problems(Manifests.render(overlay)))
                .as("workload rules in k8s/overlays/%s", overlay)
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldReferOnlyToObjectsThatExist(String overlay) {
        assertThat(WorkloadRules.referenceProblems(Manifests.render(overlay), overlay))
                .as("references in k8s/overlays/%s", overlay)
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldLetThroughOnlyTheNeededTraffic(String overlay) {
        assertThat(NetworkRules.problems(Manifests.render(overlay)))
                .as("network policies of k8s/overlays/%s", overlay)
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldLetTheLargestUploadThroughTheIngress(String overlay) {
        List<JsonNode> docs = Manifests.render(overlay);
        // the gateway's Ingress takes the uploads of API clients, the console's those of its forms (lead imports)
        for (JsonNode ingress : Manifests.ofKind(docs, "Ingress")) {
            String limit = ingress.path("metadata")
                    .path("annotations")
                    .path("nginx.ingress.kubernetes.io/proxy-body-size")
                    .asText("1m");
            for (JsonNode cm : Manifests.ofKind(docs, "ConfigMap")) {
                Manifests.strings(cm.path("data")).forEach((var, value) -> {
                    if (var.endsWith("_MAX_FILE_SIZE") || var.endsWith("_MAX_REQUEST_SIZE")) {
                        assertThat(bytes(limit))
                                .as(
                                        "%s: the body limit %s of %s lets %s=%s through",
                                        overlay, limit, Manifests.id(ingress), var, value)
                                .isGreaterThanOrEqualTo(bytes(value));
                    }
                });
            }
        }
    }

    /** The console's session cookie is Secure exactly where the public host is served over HTTPS. */
    @ParameterizedTest
    @MethodSource("overlays")
    void shouldMarkTheConsoleCookieSecureBehindHttps(String overlay) {
        List<JsonNode> docs = Manifests.render(overlay);
        JsonNode ingress = Manifests.find(docs, "Ingress", Repository.CONSOLE).orElseThrow();
        boolean https = !Manifests.list(ingress.path("spec").path("tls")).isEmpty();
        String secure = consoleSetting(docs, "CONSOLE_SECURE_COOKIE");
        assertThat(secure)
                .as("%s: CONSOLE_SECURE_COOKIE with%s TLS", overlay, https ? "" : "out")
                .isEqualTo(Boolean.toString(https));
    }

    /**
     * The dev overlay signs people in at a Keycloak with the project's realm: its ispflow-console client must send
     * them back to the dev host's callback, with the dev host's scheme.
     */
    @Test
    void shouldRegisterTheDevHostWithTheRealmsConsoleClient() {
        List<JsonNode> docs = Manifests.render("dev");
        JsonNode ingress = Manifests.find(docs, "Ingress", Repository.CONSOLE).orElseThrow();
        String scheme = Manifests.list(ingress.path("spec").path("tls")).isEmpty() ? "http" : "https";
        String host = ingress.at("/spec/rules/0/host").asText();
        assertThat(KeycloakRealmTest.client(KeycloakRealmTest.CONSOLE_CLIENT).getRedirectUris())
                .contains(scheme + "://" + host + "/login/oauth2/code/" + KeycloakRealmTest.registrationId());
        assertThat(consoleSetting(docs, "OIDC_CLIENT_ID")).isEqualTo(KeycloakRealmTest.CONSOLE_CLIENT);
    }

    private static String consoleSetting(List<JsonNode> docs, String variable) {
        Repository.Deployable console = Repository.get().deployables().stream()
                .filter(Repository.Deployable::isConsole)
                .findFirst()
                .orElseThrow();
        Consistency.Setting setting =
                new Consistency.Kubernetes("", docs).environment(console).get(variable);
        return setting == null ? null : setting.value();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldSendTheApiToTheGatewayAndEverythingElseToTheConsole(String overlay) {
        List<JsonNode> ingresses = Manifests.ofKind(Manifests.render(overlay), "Ingress");
        assertThat(WorkloadRules.route(ingresses, "/api/leads")).isEqualTo("gateway");
        assertThat(WorkloadRules.route(ingresses, "/swagger-ui.html")).isEqualTo("gateway");
        assertThat(WorkloadRules.route(ingresses, "/webjars/swagger-ui/index.html"))
                .isEqualTo("gateway");
        assertThat(WorkloadRules.route(ingresses, "/webjars/leaflet/leaflet.js"))
                .isEqualTo(Repository.CONSOLE);
        assertThat(WorkloadRules.route(ingresses, "/apis")).isEqualTo(Repository.CONSOLE);
        assertThat(WorkloadRules.route(ingresses, "/")).isEqualTo(Repository.CONSOLE);
    }

    @Test
    void shouldCatchAnIngressThatSendsTheApiToTheConsole() {
        List<JsonNode> docs = Manifests.renderCopy("prod");
        JsonNode gateway = Manifests.find(docs, "Ingress", "gateway").orElseThrow();
        for (JsonNode path : Manifests.list(gateway.at("/spec/rules/0/http/paths"))) {
            if (path.path("path").asText().equals("/api")) {
                Manifests.object(path.at("/backend/service")).put("name", Repository.CONSOLE);
            }
        }
        Manifests.object(Manifests.find(docs, "Ingress", Repository.CONSOLE)
                        .orElseThrow()
                        .path("metadata")
                        .path("annotations"))
                .remove("nginx.ingress.kubernetes.io/affinity");
        assertThat(WorkloadRules.ingressProblems(docs))
                .anyMatch(p -> p.startsWith("the public path /api/leads goes to console"))
                .anyMatch(p -> p.contains("stick to it"));
    }

    /** Sizes as nginx ({@code 32m}) and Spring ({@code 30MB}) write them. */
    static long bytes(String size) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(?i)(\\d+)\\s*([kmg]?)b?").matcher(size.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: " + size);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
            case "k" -> n << 10;
            case "m" -> n << 20;
            case "g" -> n << 30;
            default -> n;
        };
    }

    @Test
    void shouldRejectAnUnknownFieldATypoAndAnUnknownKind() {
        JsonNode deployment =
                Manifests.ofKind(Manifests.renderCopy("dev"), "Deployment").get(0);
        Manifests.object(Manifests.mainContainer(deployment)).put("imagePullPolicyy", "Always");
        assertThat(StrictValidation.problems(deployment)).anyMatch(p -> p.contains("imagePullPolicyy"));

        JsonNode hpa = Manifests.ofKind(Manifests.renderCopy("dev"), "HorizontalPodAutoscaler")
                .get(0);
        Manifests.object(hpa.path("spec")).put("maxReplicas", "lots");
        assertThat(StrictValidation.problems(hpa)).isNotEmpty();

        JsonNode topic =
                Manifests.ofKind(Manifests.renderCopy("dev"), "KafkaTopic").get(0);
        Manifests.object(topic.path("spec")).put("partition", 3);
        assertThat(StrictValidation.problems(topic)).anyMatch(p -> p.contains("partition"));

        JsonNode cluster =
                Manifests.ofKind(Manifests.renderCopy("dev"), "Cluster").get(0);
        Manifests.object(cluster.path("spec")).put("instance", 1);
        assertThat(StrictValidation.problems(cluster)).isNotEmpty();

        JsonNode database =
                Manifests.ofKind(Manifests.renderCopy("dev"), "Database").get(0);
        Manifests.object(database.path("spec")).remove("owner");
        assertThat(StrictValidation.problems(database)).isNotEmpty();

        JsonNode unknown = Manifests.YAML.valueToTree(
                Map.of("apiVersion", "example.com/v1", "kind", "Widget", "metadata", Map.of("name", "w")));
        assertThat(StrictValidation.problems(unknown)).anyMatch(p -> p.contains("unknown apiVersion/kind"));
    }
}
