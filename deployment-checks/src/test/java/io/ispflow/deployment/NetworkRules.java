package io.ispflow.deployment;

import static io.ispflow.deployment.Manifests.list;
import static io.ispflow.deployment.Manifests.name;
import static io.ispflow.deployment.Manifests.ofKind;
import static io.ispflow.deployment.Manifests.strings;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates the NetworkPolicies of an overlay the way Kubernetes does (a pod selected by a policy of a type is
 * isolated for that direction, and then only what some rule allows gets through; a connection needs both the source's
 * egress and the destination's ingress) and checks the intended traffic:
 *
 * <ul>
 *   <li>from outside, only the gateway and the console are reachable, and only through the ingress controller's
 *       namespace;
 *   <li>between ISPFlow's pods, exactly the needed calls: the gateway to every service (its URL settings), the
 *       console to the gateway, sales-desk-service to lead-service and lead-service to its peers;
 *   <li>every service reaches Kafka and PostgreSQL (the operators' pods in dev, external addresses in prod), the
 *       gateway reaches neither; every pod reaches DNS and the identity provider;
 *   <li>Prometheus in the namespace "monitoring" scrapes every pod.
 * </ul>
 */
final class NetworkRules {

    static final String INGRESS_NAMESPACE = "ingress-nginx";
    static final String MONITORING_NAMESPACE = "monitoring";
    static final String EXTERNAL_ADDRESS = "203.0.113.10";

    /** A pod (namespace + labels + named ports) or, with a null namespace, an address outside the cluster. */
    record Endpoint(
            String description,
            String namespace,
            Map<String, String> labels,
            Map<String, Integer> ports,
            String address) {

        static Endpoint pod(
                String description, String namespace, Map<String, String> labels, Map<String, Integer> ports) {
            return new Endpoint(description, namespace, labels, ports, "10.0.0.1");
        }

        static Endpoint external(String description) {
            return new Endpoint(description, null, Map.of(), Map.of(), EXTERNAL_ADDRESS);
        }
    }

    private final List<JsonNode> policies;
    private final String namespace;

    NetworkRules(List<JsonNode> docs) {
        this.policies = ofKind(docs, "NetworkPolicy");
        this.namespace = ofKind(docs, "Namespace").stream()
                .map(Manifests::name)
                .findFirst()
                .orElse("default");
    }

    static List<String> problems(List<JsonNode> docs) {
        NetworkRules rules = new NetworkRules(docs);
        Repository repo = Repository.get();
        List<String> problems = new ArrayList<>();
        Map<String, Endpoint> apps = new LinkedHashMap<>();
        for (JsonNode deployment : ofKind(docs, "Deployment")) {
            apps.put(name(deployment), rules.podOf(deployment));
        }
        for (Repository.Deployable d : repo.deployables()) {
            if (!apps.containsKey(d.name())) {
                problems.add("no Deployment " + d.name());
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Set<String> needed = repo.neededCalls();
        for (String from : apps.keySet()) {
            for (String to : apps.keySet()) {
                if (from.equals(to)) {
                    continue;
                }
                boolean allowed = rules.allowed(apps.get(from), apps.get(to), "http", "TCP");
                boolean wanted = needed.contains(from + " -> " + to);
                if (allowed != wanted) {
                    problems.add(from + " -> " + to + (wanted ? " is needed but blocked" : " is open but not needed"));
                }
            }
        }
        Endpoint ingressController = Endpoint.pod(
                "the ingress controller",
                INGRESS_NAMESPACE,
                Map.of("app.kubernetes.io/name", "ingress-nginx"),
                Map.of());
        Endpoint otherNamespace = Endpoint.pod("a pod of another namespace", "elsewhere", Map.of("app", "x"), Map.of());
        Endpoint prometheus = Endpoint.pod(
                "Prometheus", MONITORING_NAMESPACE, Map.of("app.kubernetes.io/name", "prometheus"), Map.of());
        Endpoint dns = Endpoint.pod("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"), Map.of("dns", 53));
        for (Map.Entry<String, Endpoint> app : apps.entrySet()) {
            boolean public_ = WorkloadRules.PUBLIC_BACKENDS.contains(app.getKey());
            if (rules.allowed(ingressController, app.getValue(), "http", "TCP") != public_) {
                problems.add("the ingress controller -> " + app.getKey() + (public_ ? " is blocked" : " is open"));
            }
            if (rules.allowed(otherNamespace, app.getValue(), "http", "TCP")) {
                problems.add("any pod of another namespace reaches " + app.getKey());
            }
            if (!rules.allowed(prometheus, app.getValue(), "http", "TCP")) {
                problems.add("Prometheus (namespace " + MONITORING_NAMESPACE + ") cannot scrape " + app.getKey());
            }
            if (!rules.allowed(app.getValue(), dns, "53", "UDP")) {
                problems.add(app.getKey() + " cannot resolve names (DNS egress blocked)");
            }
        }
        problems.addAll(rules.dataPlaneProblems(docs, apps));
        return problems;
    }

    private List<String> dataPlaneProblems(List<JsonNode> docs, Map<String, Endpoint> apps) {
        List<String> problems = new ArrayList<>();
        Endpoint kafka;
        Endpoint postgres;
        Endpoint identity;
        List<JsonNode> kafkas = ofKind(docs, "Kafka");
        List<JsonNode> clusters = ofKind(docs, "Cluster");
        if (!kafkas.isEmpty()) {
            kafka = Endpoint.pod(
                    "Kafka",
                    namespace,
                    Map.of(
                            "strimzi.io/cluster",
                            name(kafkas.get(0)),
                            "strimzi.io/kind",
                            "Kafka",
                            "strimzi.io/name",
                            name(kafkas.get(0)) + "-kafka"),
                    Map.of("tcp-clients", 9092));
        } else {
            kafka = Endpoint.external("the external Kafka");
        }
        if (!clusters.isEmpty()) {
            postgres = Endpoint.pod(
                    "PostgreSQL",
                    namespace,
                    Map.of("cnpg.io/cluster", name(clusters.get(0)), "cnpg.io/instanceRole", "primary"),
                    Map.of("postgresql", 5432));
        } else {
            postgres = Endpoint.external("the external PostgreSQL");
        }
        String issuer = ofKind(docs, "ConfigMap").stream()
                .map(cm -> strings(cm.path("data")).get("JWT_JWK_SET_URI"))
                .filter(v -> v != null)
                .findFirst()
                .orElse("");
        java.net.URI jwks = java.net.URI.create(issuer.isEmpty() ? "https://missing" : issuer);
        int identityPort = jwks.getPort() > 0 ? jwks.getPort() : ("https".equals(jwks.getScheme()) ? 443 : 80);
        String host = jwks.getHost() == null ? "" : jwks.getHost();
        String[] parts = host.split("\\.");
        if (host.endsWith(".svc") || host.endsWith(".svc.cluster.local")) {
            identity = Endpoint.pod(
                    "the identity provider", parts[1], Map.of("app", "keycloak"), Map.of("http", identityPort));
        } else {
            identity = Endpoint.external("the identity provider");
        }
        for (Repository.Deployable d : Repository.get().deployables()) {
            Endpoint app = apps.get(d.name());
            String kafkaPort = "9092";
            if (d.usesKafka() != allowed(app, kafka, kafkaPort, "TCP")) {
                problems.add(d.name() + " -> " + kafka.description() + ":" + kafkaPort
                        + (d.usesKafka() ? " is blocked" : " is open but not needed"));
            }
            if (d.usesKafka() && !kafkas.isEmpty() && !kafkaListenerAdmits(kafkas.get(0), app)) {
                problems.add(d.name() + " is not among the networkPolicyPeers of the Kafka listener");
            }
            if (d.usesDatabase() != allowed(app, postgres, "5432", "TCP")) {
                problems.add(d.name() + " -> " + postgres.description() + ":5432"
                        + (d.usesDatabase() ? " is blocked" : " is open but not needed"));
            }
            if (!allowed(app, identity, Integer.toString(identityPort), "TCP")) {
                problems.add(d.name() + " cannot fetch the token keys from " + issuer);
            }
        }
        return problems;
    }

    /** Strimzi's own policy on the brokers admits only the listener's networkPolicyPeers. */
    private boolean kafkaListenerAdmits(JsonNode kafka, Endpoint app) {
        for (JsonNode listener : list(kafka.path("spec").path("kafka").path("listeners"))) {
            List<JsonNode> peers = list(listener.path("networkPolicyPeers"));
            if (peers.isEmpty() || peers.stream().anyMatch(p -> peerMatches(p, app, namespace))) {
                return true;
            }
        }
        return false;
    }

    private Endpoint podOf(JsonNode deployment) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (JsonNode c :
                list(deployment.path("spec").path("template").path("spec").path("containers"))) {
            for (JsonNode p : list(c.path("ports"))) {
                ports.put(p.path("name").asText(), p.path("containerPort").asInt());
            }
        }
        return Endpoint.pod(
                name(deployment),
                namespace,
                strings(deployment
                        .path("spec")
                        .path("template")
                        .path("metadata")
                        .path("labels")),
                ports);
    }

    boolean allowed(Endpoint from, Endpoint to, String port, String protocol) {
        int number = port.matches("\\d+") ? Integer.parseInt(port) : to.ports().getOrDefault(port, -1);
        return direction(from, "Egress", to, number, protocol) && direction(to, "Ingress", from, number, protocol);
    }

    /** Whether {@code subject}'s policies of this type let the traffic with {@code peer} through. */
    private boolean direction(Endpoint subject, String type, Endpoint peer, int port, String protocol) {
        if (subject.namespace() == null || !subject.namespace().equals(namespace)) {
            return true; // not governed by this overlay's policies
        }
        boolean isolated = false;
        for (JsonNode policy : policies) {
            if (!matches(policy.path("spec").path("podSelector"), subject.labels())
                    || !types(policy).contains(type)) {
                continue;
            }
            isolated = true;
            String rulesField = type.equals("Ingress") ? "ingress" : "egress";
            String peersField = type.equals("Ingress") ? "from" : "to";
            for (JsonNode rule : list(policy.path("spec").path(rulesField))) {
                boolean peerOk = !rule.has(peersField)
                        || list(rule.path(peersField)).isEmpty()
                        || list(rule.path(peersField)).stream().anyMatch(p -> peerMatches(p, peer, namespace));
                if (peerOk && portMatches(rule, type.equals("Ingress") ? subject : peer, port, protocol)) {
                    return true;
                }
            }
        }
        return !isolated;
    }

    private static Set<String> types(JsonNode policy) {
        List<JsonNode> declared = list(policy.path("spec").path("policyTypes"));
        if (!declared.isEmpty()) {
            Set<String> types = new java.util.HashSet<>();
            declared.forEach(t -> types.add(t.asText()));
            return types;
        }
        return policy.path("spec").has("egress") ? Set.of("Ingress", "Egress") : Set.of("Ingress");
    }

    private static boolean portMatches(JsonNode rule, Endpoint destination, int port, String protocol) {
        List<JsonNode> ports = list(rule.path("ports"));
        if (ports.isEmpty()) {
            return true;
        }
        for (JsonNode p : ports) {
            if (!p.path("protocol").asText("TCP").equals(protocol)) {
                continue;
            }
            if (!p.has("port")) {
                return true;
            }
            JsonNode value = p.path("port");
            int from = value.isInt() ? value.asInt() : destination.ports().getOrDefault(value.asText(), -2);
            int to = p.has("endPort") ? p.path("endPort").asInt() : from;
            if (port >= from && port <= to) {
                return true;
            }
        }
        return false;
    }

    static boolean peerMatches(JsonNode peer, Endpoint endpoint, String policyNamespace) {
        if (peer.has("ipBlock")) {
            return endpoint.namespace() == null
                    && inCidr(
                            endpoint.address(),
                            peer.path("ipBlock").path("cidr").asText())
                    && list(peer.path("ipBlock").path("except")).stream()
                            .noneMatch(e -> inCidr(endpoint.address(), e.asText()));
        }
        if (endpoint.namespace() == null) {
            return false;
        }
        boolean namespaceOk = peer.has("namespaceSelector")
                ? matches(peer.path("namespaceSelector"), Map.of("kubernetes.io/metadata.name", endpoint.namespace()))
                : endpoint.namespace().equals(policyNamespace);
        boolean podOk = !peer.has("podSelector") || matches(peer.path("podSelector"), endpoint.labels());
        return namespaceOk && podOk;
    }

    /** A Kubernetes label selector: matchLabels and matchExpressions; an empty selector matches everything. */
    static boolean matches(JsonNode selector, Map<String, String> labels) {
        if (selector == null || selector.isMissingNode() || selector.isNull()) {
            return true;
        }
        for (Map.Entry<String, String> e : strings(selector.path("matchLabels")).entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : list(selector.path("matchExpressions"))) {
            String key = expression.path("key").asText();
            List<String> values = list(expression.path("values")).stream()
                    .map(JsonNode::asText)
                    .toList();
            boolean ok =
                    switch (expression.path("operator").asText()) {
                        case "In" -> values.contains(labels.get(key));
                        case "NotIn" -> !values.contains(labels.get(key));
                        case "Exists" -> labels.containsKey(key);
                        case "DoesNotExist" -> !labels.containsKey(key);
                        default -> false;
                    };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static boolean inCidr(String address, String cidr) {
        try {
            String[] parts = cidr.split("/");
            byte[] a = InetAddress.getByName(address).getAddress();
            byte[] n = InetAddress.getByName(parts[0]).getAddress();
            int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : a.length * 8;
            if (a.length != n.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((a[i / 8] & mask) != (n[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }
}
