package io.ispflow.deployment;

import static io.ispflow.deployment.Manifests.find;
import static io.ispflow.deployment.Manifests.id;
import static io.ispflow.deployment.Manifests.kind;
import static io.ispflow.deployment.Manifests.list;
import static io.ispflow.deployment.Manifests.name;
import static io.ispflow.deployment.Manifests.ofKind;
import static io.ispflow.deployment.Manifests.strings;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How every workload of the overlays must look, and which references between documents must resolve. */
final class WorkloadRules {

    private WorkloadRules() {}

    static List<String> problems(List<JsonNode> docs) {
        List<String> problems = new ArrayList<>();
        for (JsonNode workload : workloads(docs)) {
            problems.addAll(podProblems(workload));
        }
        for (JsonNode deployment : ofKind(docs, "Deployment")) {
            problems.addAll(deploymentProblems(docs, deployment));
        }
        problems.addAll(ingressProblems(docs));
        for (JsonNode service : ofKind(docs, "Service")) {
            String type = service.path("spec").path("type").asText("ClusterIP");
            if (!type.equals("ClusterIP")) {
                problems.add(id(service) + " is of type " + type + ": only the Ingress reaches into the cluster");
            }
        }
        return problems;
    }

    /** What reaches the cluster from outside: the gateway and the console, nothing else. */
    static final Set<String> PUBLIC_BACKENDS = Set.of("gateway", Repository.CONSOLE);

    /**
     * The public host: one host (and the same TLS) for every Ingress; only the gateway and the console as backends;
     * every public path of the gateway (its routes' Path predicates, Swagger UI and its assets, its health) goes to
     * the gateway, everything else ("/", the console's pages, its sign-in callback, its assets) to the console,
     * whose Ingress sticks a person to the pod holding their session.
     */
    static List<String> ingressProblems(List<JsonNode> docs) {
        List<String> problems = new ArrayList<>();
        List<JsonNode> ingresses = ofKind(docs, "Ingress");
        if (ingresses.isEmpty()) {
            problems.add("no Ingress: the gateway and the console are unreachable");
            return problems;
        }
        Set<String> hosts = new java.util.TreeSet<>();
        Set<String> tls = new java.util.TreeSet<>();
        for (JsonNode ingress : ingresses) {
            tls.add(ingress.path("spec").path("tls").toString());
            for (JsonNode rule : list(ingress.path("spec").path("rules"))) {
                hosts.add(rule.path("host").asText());
                for (JsonNode path : list(rule.path("http").path("paths"))) {
                    String backend =
                            path.path("backend").path("service").path("name").asText();
                    if (!PUBLIC_BACKENDS.contains(backend)) {
                        problems.add(id(ingress) + " exposes " + backend
                                + ": only the gateway and the console may be reachable");
                    }
                    if (backend.equals(Repository.CONSOLE)
                            && !"cookie"
                                    .equals(ingress.path("metadata")
                                            .path("annotations")
                                            .path("nginx.ingress.kubernetes.io/affinity")
                                            .asText())) {
                        problems.add(id(ingress) + ": the console keeps sessions in a pod's memory; stick to it"
                                + " (nginx.ingress.kubernetes.io/affinity: cookie)");
                    }
                }
            }
        }
        if (hosts.size() != 1) {
            problems.add("the Ingresses serve " + hosts + ": the console and the API share one public host");
        }
        if (tls.size() != 1) {
            problems.add("the Ingresses of the one public host differ in TLS: " + tls);
        }
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        gatewayPublicPaths().forEach(path -> expected.put(path, "gateway"));
        for (String path : List.of(
                "/",
                "/leads",
                "/leads/new",
                "/board",
                "/login/oauth2/code/ispflow",
                "/oauth2/authorization/ispflow",
                "/logout",
                "/css/console.css",
                "/js/console.js",
                "/webjars/htmx.org/dist/htmx.min.js",
                "/favicon.ico")) {
            expected.put(path, Repository.CONSOLE);
        }
        expected.forEach((path, backend) -> {
            String routed = route(ingresses, path);
            if (!backend.equals(routed)) {
                problems.add("the public path " + path + " goes to " + routed + ", not to " + backend);
            }
        });
        return problems;
    }

    private static final java.util.regex.Pattern GATEWAY_PATH =
            java.util.regex.Pattern.compile("(?m)^\\s*-\\s*Path=(\\S+)\\s*$");

    /** Paths the gateway serves publicly: every route's Path predicate, Swagger UI with its assets, its health. */
    static List<String> gatewayPublicPaths() {
        List<String> paths = new ArrayList<>();
        java.util.regex.Matcher m =
                GATEWAY_PATH.matcher(Repository.get().read("gateway/src/main/resources/application.yml"));
        while (m.find()) {
            for (String pattern : m.group(1).split(",")) {
                paths.add(pattern.replace("/**", "/x").replace("*", "x"));
            }
        }
        if (paths.isEmpty()) {
            throw new IllegalStateException("no Path= predicate in gateway/src/main/resources/application.yml");
        }
        paths.addAll(List.of(
                "/swagger-ui.html",
                "/swagger-ui/index.html",
                "/webjars/swagger-ui/index.html",
                "/v3/api-docs/swagger-config",
                "/actuator/health"));
        return paths;
    }

    /**
     * The backend nginx picks for a path among the Ingresses' paths: an Exact match, else the longest Prefix match
     * (whole path elements: {@code /api} matches {@code /api/leads}, not {@code /apix}).
     */
    static String route(List<JsonNode> ingresses, String path) {
        String best = null;
        int bestLength = -1;
        for (JsonNode ingress : ingresses) {
            for (JsonNode rule : list(ingress.path("spec").path("rules"))) {
                for (JsonNode p : list(rule.path("http").path("paths"))) {
                    String candidate = p.path("path").asText("/");
                    String type = p.path("pathType").asText("Prefix");
                    String backend =
                            p.path("backend").path("service").path("name").asText();
                    if (type.equals("Exact")) {
                        if (candidate.equals(path)) {
                            return backend;
                        }
                        continue;
                    }
                    String prefix =
                            candidate.endsWith("/") ? candidate.substring(0, candidate.length() - 1) : candidate;
                    boolean matches = prefix.isEmpty() || path.equals(prefix) || path.startsWith(prefix + "/");
                    if (matches && prefix.length() > bestLength) {
                        best = backend;
                        bestLength = prefix.length();
                    }
                }
            }
        }
        return best;
    }

    static List<JsonNode> workloads(List<JsonNode> docs) {
        List<JsonNode> workloads = new ArrayList<>(ofKind(docs, "Deployment"));
        workloads.addAll(ofKind(docs, "Job"));
        return workloads;
    }

    private static List<String> podProblems(JsonNode workload) {
        List<String> problems = new ArrayList<>();
        String w = id(workload);
        JsonNode pod = workload.path("spec").path("template").path("spec");
        if (!pod.path("automountServiceAccountToken").isBoolean()
                || pod.path("automountServiceAccountToken").asBoolean()) {
            problems.add(w + ": automountServiceAccountToken must be false (no pod talks to the Kubernetes API)");
        }
        JsonNode podSecurity = pod.path("securityContext");
        if (!podSecurity.path("runAsNonRoot").asBoolean(false)) {
            problems.add(w + ": securityContext.runAsNonRoot must be true");
        }
        if (!podSecurity.path("seccompProfile").path("type").asText().equals("RuntimeDefault")) {
            problems.add(w + ": securityContext.seccompProfile.type must be RuntimeDefault");
        }
        Map<String, JsonNode> volumes = new java.util.HashMap<>();
        list(pod.path("volumes")).forEach(v -> volumes.put(v.path("name").asText(), v));
        for (JsonNode c : list(pod.path("containers"))) {
            String where = w + " container " + c.path("name").asText();
            String image = c.path("image").asText();
            if (image.isEmpty() || !(image.contains("@sha256:") || image.matches(".*:[^/:]+$"))) {
                problems.add(where + ": image " + image + " has no tag");
            } else if (image.endsWith(":latest")) {
                problems.add(where + ": image " + image + " uses latest; pin a tag per overlay (images:)");
            }
            JsonNode sc = c.path("securityContext");
            if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
                problems.add(where + ": securityContext.readOnlyRootFilesystem must be true");
            }
            if (!sc.path("allowPrivilegeEscalation").isBoolean()
                    || sc.path("allowPrivilegeEscalation").asBoolean()) {
                problems.add(where + ": securityContext.allowPrivilegeEscalation must be false");
            }
            if (list(sc.path("capabilities").path("drop")).stream()
                    .noneMatch(d -> d.asText().equals("ALL"))) {
                problems.add(where + ": securityContext.capabilities.drop must contain ALL");
            }
            JsonNode tmp = list(c.path("volumeMounts")).stream()
                    .filter(m -> m.path("mountPath").asText().equals("/tmp"))
                    .findFirst()
                    .orElse(null);
            if (tmp == null
                    || !volumes.getOrDefault(tmp.path("name").asText(), Manifests.YAML.createObjectNode())
                            .has("emptyDir")) {
                problems.add(where + ": /tmp must be an emptyDir (the root filesystem is read-only)");
            }
            JsonNode resources = c.path("resources");
            for (String r : List.of("requests.cpu", "requests.memory", "limits.memory")) {
                String[] path = r.split("\\.");
                if (resources.path(path[0]).path(path[1]).isMissingNode()) {
                    problems.add(where + ": resources." + r + " is missing");
                }
            }
        }
        return problems;
    }

    private static List<String> deploymentProblems(List<JsonNode> docs, JsonNode deployment) {
        List<String> problems = new ArrayList<>();
        String d = id(deployment);
        String name = name(deployment);
        Map<String, String> podLabels = strings(
                deployment.path("spec").path("template").path("metadata").path("labels"));
        Map<String, String> selector =
                strings(deployment.path("spec").path("selector").path("matchLabels"));
        if (selector.isEmpty() || !podLabels.entrySet().containsAll(selector.entrySet())) {
            problems.add(d + ": spec.selector.matchLabels must select the pod template's labels");
        }
        JsonNode container = Manifests.mainContainer(deployment);
        String expectedImage = "ghcr.io/ispflow/" + name + ":";
        if (!container.path("image").asText().startsWith(expectedImage)) {
            problems.add(d + ": image must be " + expectedImage + "<tag>, is "
                    + container.path("image").asText());
        }
        Set<String> portNames = new HashSet<>();
        Set<String> portNumbers = new HashSet<>();
        list(container.path("ports")).forEach(p -> {
            portNames.add(p.path("name").asText());
            portNumbers.add(p.path("containerPort").asText());
        });
        Map<String, String> probePaths = Map.of(
                "startupProbe", "/actuator/health/liveness",
                "livenessProbe", "/actuator/health/liveness",
                "readinessProbe", "/actuator/health/readiness");
        probePaths.forEach((probe, path) -> {
            JsonNode get = container.path(probe).path("httpGet");
            if (!get.path("path").asText().equals(path)) {
                problems.add(d + ": " + probe + " must GET " + path);
            } else if (!portNames.contains(get.path("port").asText())
                    && !portNumbers.contains(get.path("port").asText())) {
                problems.add(d + ": " + probe + " uses port " + get.path("port").asText() + ", not a container port");
            }
        });
        Map<String, String> annotations = strings(
                deployment.path("spec").path("template").path("metadata").path("annotations"));
        if (!"/actuator/prometheus".equals(annotations.get("prometheus.io/path"))
                || !portNumbers.contains(annotations.get("prometheus.io/port"))) {
            problems.add(d + ": prometheus.io/path and prometheus.io/port must point at /actuator/prometheus");
        }
        List<JsonNode> hpas = ofKind(docs, "HorizontalPodAutoscaler").stream()
                .filter(h -> h.path("spec")
                                .path("scaleTargetRef")
                                .path("kind")
                                .asText()
                                .equals("Deployment")
                        && h.path("spec")
                                .path("scaleTargetRef")
                                .path("name")
                                .asText()
                                .equals(name))
                .toList();
        if (hpas.size() != 1) {
            problems.add(d + ": needs exactly one HorizontalPodAutoscaler, has " + hpas.size());
        } else {
            JsonNode spec = hpas.get(0).path("spec");
            if (spec.path("minReplicas").asInt(1) > spec.path("maxReplicas").asInt()) {
                problems.add(id(hpas.get(0)) + ": minReplicas > maxReplicas");
            }
            if (deployment.path("spec").has("replicas")) {
                problems.add(d + ": spec.replicas fights the HorizontalPodAutoscaler; leave it out");
            }
        }
        if (ofKind(docs, "PodDisruptionBudget").stream()
                .noneMatch(p -> selects(p.path("spec").path("selector"), podLabels))) {
            problems.add(d + ": no PodDisruptionBudget selects its pods");
        }
        if (ofKind(docs, "Service").stream()
                .noneMatch(s -> !strings(s.path("spec").path("selector")).isEmpty()
                        && podLabels
                                .entrySet()
                                .containsAll(
                                        strings(s.path("spec").path("selector")).entrySet()))) {
            problems.add(d + ": no Service selects its pods");
        }
        return problems;
    }

    static boolean selects(JsonNode labelSelector, Map<String, String> labels) {
        return NetworkRules.matches(labelSelector, labels) && !labelSelector.isMissingNode();
    }

    /** References between documents (ConfigMaps, Secrets, service accounts, HPA targets, CRD links) resolve. */
    static List<String> referenceProblems(List<JsonNode> docs, String overlay) {
        List<String> problems = new ArrayList<>();
        String deployDoc = Repository.get().path("docs/deploy.md").toFile().isFile()
                ? Repository.get().read("docs/deploy.md")
                : "";
        for (JsonNode workload : workloads(docs)) {
            JsonNode pod = workload.path("spec").path("template").path("spec");
            String w = id(workload);
            String sa = pod.path("serviceAccountName").asText();
            if (!sa.isEmpty() && find(docs, "ServiceAccount", sa).isEmpty()) {
                problems.add(w + ": service account " + sa + " is not in the overlay");
            }
            List<JsonNode> containers = list(pod.path("containers"));
            for (JsonNode c : containers) {
                for (JsonNode from : list(c.path("envFrom"))) {
                    if (from.has("configMapRef")) {
                        requireConfigMap(
                                docs, w, from.path("configMapRef").path("name").asText(), null, problems);
                    }
                    if (from.has("secretRef")) {
                        problems.add(w + ": envFrom secretRef "
                                + from.path("secretRef").path("name").asText()
                                + " hides which variables it sets; use env with secretKeyRef");
                    }
                }
                for (JsonNode env : list(c.path("env"))) {
                    JsonNode cm = env.path("valueFrom").path("configMapKeyRef");
                    if (!cm.isMissingNode()) {
                        requireConfigMap(
                                docs,
                                w,
                                cm.path("name").asText(),
                                cm.path("key").asText(),
                                problems);
                    }
                    JsonNode secret = env.path("valueFrom").path("secretKeyRef");
                    if (!secret.isMissingNode()) {
                        requireSecret(
                                docs,
                                deployDoc,
                                overlay,
                                w,
                                secret.path("name").asText(),
                                secret.path("key").asText(),
                                problems);
                    }
                }
            }
            for (JsonNode volume : list(pod.path("volumes"))) {
                if (volume.has("secret")
                        && !volume.path("secret").path("optional").asBoolean(false)) {
                    requireSecret(
                            docs,
                            deployDoc,
                            overlay,
                            w,
                            volume.path("secret").path("secretName").asText(),
                            null,
                            problems);
                }
                if (volume.has("configMap")
                        && !volume.path("configMap").path("optional").asBoolean(false)) {
                    requireConfigMap(
                            docs, w, volume.path("configMap").path("name").asText(), null, problems);
                }
                if (volume.has("secret")
                        && volume.path("secret").path("optional").asBoolean(false)
                        && !deployDoc.contains(
                                volume.path("secret").path("secretName").asText())) {
                    problems.add(w + ": the optional Secret "
                            + volume.path("secret").path("secretName").asText()
                            + " is not explained in docs/deploy.md");
                }
            }
        }
        for (JsonNode hpa : ofKind(docs, "HorizontalPodAutoscaler")) {
            JsonNode target = hpa.path("spec").path("scaleTargetRef");
            if (find(docs, target.path("kind").asText(), target.path("name").asText())
                    .isEmpty()) {
                problems.add(id(hpa) + ": scales " + target.path("kind").asText() + "/"
                        + target.path("name").asText() + ", which is not in the overlay");
            }
        }
        for (JsonNode ingress : ofKind(docs, "Ingress")) {
            for (JsonNode tls : list(ingress.path("spec").path("tls"))) {
                String secret = tls.path("secretName").asText();
                if (find(docs, "Secret", secret).isEmpty() && !deployDoc.contains(secret)) {
                    problems.add(id(ingress) + ": TLS Secret " + secret + " is neither in the overlay nor listed in"
                            + " docs/deploy.md");
                }
            }
            for (JsonNode rule : list(ingress.path("spec").path("rules"))) {
                for (JsonNode path : list(rule.path("http").path("paths"))) {
                    JsonNode backend = path.path("backend").path("service");
                    JsonNode service =
                            find(docs, "Service", backend.path("name").asText()).orElse(null);
                    if (service == null
                            || list(service.path("spec").path("ports")).stream()
                                    .noneMatch(p -> p.path("name")
                                                    .asText()
                                                    .equals(backend.path("port")
                                                            .path("name")
                                                            .asText())
                                            || p.path("port")
                                                    .asText()
                                                    .equals(backend.path("port")
                                                            .path("number")
                                                            .asText()))) {
                        problems.add(id(ingress) + ": backend " + backend + " does not match a Service port");
                    }
                }
            }
        }
        Set<String> kafkas = new HashSet<>();
        ofKind(docs, "Kafka").forEach(k -> kafkas.add(name(k)));
        for (String kind : List.of("KafkaTopic", "KafkaNodePool")) {
            for (JsonNode doc : ofKind(docs, kind)) {
                String cluster = doc.path("metadata")
                        .path("labels")
                        .path("strimzi.io/cluster")
                        .asText();
                if (!kafkas.contains(cluster)) {
                    problems.add(id(doc) + ": strimzi.io/cluster " + cluster + " is not a Kafka of the overlay");
                }
            }
        }
        for (JsonNode kafka : ofKind(docs, "Kafka")) {
            boolean pooled = ofKind(docs, "KafkaNodePool").stream().anyMatch(p -> p.path("metadata")
                    .path("labels")
                    .path("strimzi.io/cluster")
                    .asText()
                    .equals(name(kafka)));
            if (!pooled) {
                problems.add(id(kafka) + ": no KafkaNodePool belongs to it");
            }
        }
        for (JsonNode database : ofKind(docs, "Database")) {
            String cluster = database.path("spec").path("cluster").path("name").asText();
            JsonNode pg = find(docs, "Cluster", cluster).orElse(null);
            String owner = database.path("spec").path("owner").asText();
            if (pg == null) {
                problems.add(id(database) + ": cluster " + cluster + " is not in the overlay");
            } else if (list(pg.path("spec").path("managed").path("roles")).stream()
                    .noneMatch(r -> r.path("name").asText().equals(owner))) {
                problems.add(id(database) + ": owner " + owner + " is not a managed role of Cluster/" + cluster);
            }
        }
        for (JsonNode pg : ofKind(docs, "Cluster")) {
            for (JsonNode role : list(pg.path("spec").path("managed").path("roles"))) {
                String secretName = role.path("passwordSecret").path("name").asText();
                if (secretName.isEmpty()) {
                    continue;
                }
                JsonNode secret = find(docs, "Secret", secretName).orElse(null);
                if (secret == null) {
                    requireSecret(docs, deployDoc, overlay, id(pg), secretName, null, problems);
                } else if (!secret.path("type").asText().equals("kubernetes.io/basic-auth")
                        || !role.path("name").asText().equals(secretValue(secret, "username"))) {
                    problems.add(id(pg) + ": role " + role.path("name").asText() + " needs Secret/" + secretName
                            + " of type kubernetes.io/basic-auth with that username");
                }
            }
        }
        return problems.stream().distinct().toList();
    }

    private static void requireConfigMap(
            List<JsonNode> docs, String w, String name, String key, List<String> problems) {
        JsonNode cm = find(docs, "ConfigMap", name).orElse(null);
        if (cm == null) {
            problems.add(w + ": ConfigMap " + name + " is not in the overlay");
        } else if (key != null && !cm.path("data").has(key)) {
            problems.add(w + ": ConfigMap " + name + " has no key " + key);
        }
    }

    private static void requireSecret(
            List<JsonNode> docs,
            String deployDoc,
            String overlay,
            String w,
            String name,
            String key,
            List<String> problems) {
        JsonNode secret = find(docs, "Secret", name).orElse(null);
        if (secret == null) {
            if (!deployDoc.contains("`" + name + "`")) {
                problems.add(w + ": Secret " + name + " is not in k8s/overlays/" + overlay
                        + ", so docs/deploy.md must list it (as `" + name + "`) among the Secrets to provide");
            }
        } else if (key != null && secretValue(secret, key) == null) {
            problems.add(w + ": Secret " + name + " has no key " + key);
        }
    }

    /** A Secret's value from stringData, or the key's presence in data (returned base64-encoded). */
    static String secretValue(JsonNode secret, String key) {
        if (secret.path("stringData").has(key)) {
            return secret.path("stringData").path(key).asText();
        }
        if (secret.path("data").has(key)) {
            return new String(
                    java.util.Base64.getDecoder()
                            .decode(secret.path("data").path(key).asText()),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        return null;
    }

    static boolean hasKind(List<JsonNode> docs, String kind) {
        return docs.stream().anyMatch(d -> kind(d).equals(kind));
    }
}
