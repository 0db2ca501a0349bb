package io.ispflow.deployment;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Rendered Kubernetes overlays ({@code kubectl kustomize}) and the compose file, as Jackson trees. */
final class Manifests {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();
    private static JsonNode compose;

    private Manifests() {}

    /** The overlays under k8s/overlays (dev, prod, ...). */
    static List<String> overlays() {
        Path dir = Repository.get().path("k8s/overlays");
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> Files.isRegularFile(p.resolve("kustomization.yaml")))
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents of {@code kubectl kustomize k8s/overlays/<overlay>} (rendered once per test run). */
    static List<JsonNode> render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> {
            String yaml = Tools.output(
                    Repository.get().root, Duration.ofMinutes(2), "kubectl", "kustomize", "k8s/overlays/" + o);
            return parseDocuments(yaml);
        });
    }

    /** A fresh, mutable copy of the rendered documents (for tests that break them on purpose). */
    static List<JsonNode> renderCopy(String overlay) {
        return render(overlay).stream()
                .map(JsonNode::deepCopy)
                .map(JsonNode.class::cast)
                .toList();
    }

    static List<JsonNode> parseDocuments(String yaml) {
        List<JsonNode> docs = new ArrayList<>();
        try (JsonParser parser = YAML.getFactory().createParser(yaml);
                MappingIterator<JsonNode> it = YAML.readValues(parser, JsonNode.class)) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    /** {@code docker-compose config}: the compose file with anchors, merges and defaults resolved. */
    static synchronized JsonNode compose() {
        if (compose == null) {
            String yaml = Tools.output(
                    Repository.get().root,
                    Duration.ofMinutes(1),
                    "docker-compose",
                    "-f",
                    "docker-compose.yml",
                    "config");
            compose = parseDocuments(yaml).get(0);
        }
        return compose;
    }

    static String kind(JsonNode doc) {
        return doc.path("kind").asText();
    }

    static String name(JsonNode doc) {
        return doc.path("metadata").path("name").asText();
    }

    static String id(JsonNode doc) {
        return kind(doc) + "/" + name(doc);
    }

    static List<JsonNode> ofKind(List<JsonNode> docs, String kind) {
        return docs.stream().filter(d -> kind(d).equals(kind)).toList();
    }

    static Optional<JsonNode> find(List<JsonNode> docs, String kind, String name) {
        return docs.stream()
                .filter(d -> kind(d).equals(kind) && name(d).equals(name))
                .findFirst();
    }

    static Map<String, String> strings(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        if (object != null && object.isObject()) {
            object.fields()
                    .forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        }
        return map;
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(items::add);
        }
        return items;
    }

    /** The pod template's single application container (named like the Deployment, or the first one). */
    static JsonNode mainContainer(JsonNode workload) {
        List<JsonNode> containers =
                list(workload.path("spec").path("template").path("spec").path("containers"));
        return containers.stream()
                .filter(c -> c.path("name").asText().equals(name(workload)))
                .findFirst()
                .orElse(containers.isEmpty() ? YAML.createObjectNode() : containers.get(0));
    }

    static ObjectNode object(JsonNode node) {
        return (ObjectNode) node;
    }
}
