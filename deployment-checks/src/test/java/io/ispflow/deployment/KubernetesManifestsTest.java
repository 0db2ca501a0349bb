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
        String limit = Manifests.ofKind(docs, "Ingress")
                .get(0)
                .path("metadata")
                .path("annotations")
                .path("nginx.ingress.kubernetes.io/proxy-body-size")
                .asText("1m");
        for (JsonNode cm : Manifests.ofKind(docs, "ConfigMap")) {
            Manifests.strings(cm.path("data")).forEach((var, value) -> {
                if (var.endsWith("_MAX_FILE_SIZE") || var.endsWith("_MAX_REQUEST_SIZE")) {
                    assertThat(bytes(limit))
                            .as("%s: the Ingress body limit %s lets %s=%s through", overlay, limit, var, value)
                            .isGreaterThanOrEqualTo(bytes(value));
                }
            });
        }
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
