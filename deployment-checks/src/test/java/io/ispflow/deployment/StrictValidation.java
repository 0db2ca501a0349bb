package io.ispflow.deployment;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates rendered manifests offline, as strictly as the API server with {@code --validate=strict}: every document
 * must be a known apiVersion/kind and bind to its model with no unknown field and no wrongly typed value.
 *
 * <ul>
 *   <li>Kubernetes kinds: the fabric8 kubernetes-model classes.
 *   <li>Strimzi (kafka.strimzi.io/v1): the model classes of Strimzi's {@code api} artifact, plus the rules of the v1
 *       API that those (v1beta2-shaped) classes do not know: no ZooKeeper, replicas and storage only in node pools.
 *   <li>CloudNativePG (postgresql.cnpg.io/v1 Cluster and Database): JSON Schemas of the fields these manifests may
 *       use, taken from the CloudNativePG API reference (src/test/resources/crd-schemas); anything else fails.
 * </ul>
 *
 * The models keep unknown fields in an "additional properties" map through {@code @JsonAnySetter}; the mapper here
 * removes every any-setter and every "ignore unknown", so an unknown field fails the binding.
 */
final class StrictValidation {

    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("batch/v1/Job", Job.class),
            Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class));

    private static final Map<String, String> SCHEMAS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", "crd-schemas/cnpg-cluster.schema.json",
            "postgresql.cnpg.io/v1/Database", "crd-schemas/cnpg-database.schema.json");

    static final ObjectMapper STRICT = strictMapper();

    private StrictValidation() {}

    static Set<String> knownKinds() {
        Set<String> kinds = new java.util.TreeSet<>(MODELS.keySet());
        kinds.addAll(SCHEMAS.keySet());
        return kinds;
    }

    /** The problems of one document; empty when it is valid. */
    static List<String> problems(JsonNode doc) {
        String key = doc.path("apiVersion").asText() + "/" + Manifests.kind(doc);
        String where = Manifests.id(doc) + " (" + doc.path("apiVersion").asText() + ")";
        List<String> problems = new ArrayList<>();
        if (Manifests.name(doc).isEmpty()) {
            problems.add(where + ": metadata.name is missing");
        }
        Class<?> model = MODELS.get(key);
        String schema = SCHEMAS.get(key);
        if (model == null && schema == null) {
            problems.add(where + ": unknown apiVersion/kind; the checks know " + knownKinds());
            return problems;
        }
        if (model != null) {
            try {
                STRICT.treeToValue(doc, model);
            } catch (IOException | IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage().lines().findFirst().orElse(e.toString()));
            }
        } else {
            for (ValidationMessage message : schema(schema).validate(doc)) {
                problems.add(where + ": " + message.getMessage());
            }
        }
        if (key.startsWith("kafka.strimzi.io/v1/")) {
            problems.addAll(strimziV1Rules(where, doc));
        }
        return problems;
    }

    private static List<String> strimziV1Rules(String where, JsonNode doc) {
        List<String> problems = new ArrayList<>();
        JsonNode spec = doc.path("spec");
        if (spec.isMissingNode()) {
            problems.add(where + ": spec is required");
        }
        switch (Manifests.kind(doc)) {
            case "Kafka" -> {
                for (String removed : List.of("zookeeper", "jmxTrans")) {
                    if (spec.has(removed)) {
                        problems.add(where + ": spec." + removed + " does not exist in the v1 API");
                    }
                }
                for (String removed : List.of("replicas", "storage")) {
                    if (spec.path("kafka").has(removed)) {
                        problems.add(where + ": spec.kafka." + removed + " belongs to the KafkaNodePool in the v1 API");
                    }
                }
                if (Manifests.list(spec.path("kafka").path("listeners")).isEmpty()) {
                    problems.add(where + ": spec.kafka.listeners is required");
                }
            }
            case "KafkaNodePool" -> {
                for (String required : List.of("replicas", "roles", "storage")) {
                    if (!spec.has(required)) {
                        problems.add(where + ": spec." + required + " is required");
                    }
                }
                if (!doc.path("metadata").path("labels").has("strimzi.io/cluster")) {
                    problems.add(where + ": the label strimzi.io/cluster names the Kafka cluster and is required");
                }
            }
            case "KafkaTopic" -> {
                if (!doc.path("metadata").path("labels").has("strimzi.io/cluster")) {
                    problems.add(where + ": the label strimzi.io/cluster names the Kafka cluster and is required");
                }
            }
            default -> {}
        }
        return problems;
    }

    private static final Map<String, JsonSchema> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    private static JsonSchema schema(String resource) {
        return LOADED.computeIfAbsent(resource, r -> {
            try (InputStream in = StrictValidation.class.getClassLoader().getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource " + r);
                }
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static ObjectMapper strictMapper() {
        SimpleModule noAnySetters = new SimpleModule("strict-manifests");
        noAnySetters.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public BeanDeserializerBuilder updateBuilder(
                    DeserializationConfig config, BeanDescription description, BeanDeserializerBuilder builder) {
                builder.setAnySetter(null);
                builder.setIgnoreUnknownProperties(false);
                return builder;
            }
        });
        return JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(noAnySetters)
                .build();
    }
}
