package io.ispflow.deployment;

import static io.ispflow.deployment.Manifests.find;
import static io.ispflow.deployment.Manifests.list;
import static io.ispflow.deployment.Manifests.name;
import static io.ispflow.deployment.Manifests.ofKind;
import static io.ispflow.deployment.Manifests.strings;

import com.fasterxml.jackson.databind.JsonNode;
import io.ispflow.deployment.Repository.Deployable;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a deployment target (docker-compose.yml, or a rendered Kubernetes overlay) gives every deployable what
 * it needs: every environment variable its configuration reads (and none it does not), its own database, a broker with
 * every topic and dead-letter topic, the same identity provider everywhere, and URLs that lead to the right service.
 * Each check returns the problems it found, so a test can also prove that a broken artifact is caught.
 */
abstract class Consistency {

    /** Variables a deployment may set although no application.yml names them: Spring Boot's and the JVM's. */
    static final List<String> GENERIC_PREFIXES =
            List.of("SPRING_", "MANAGEMENT_", "LOGGING_", "SERVER_", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

    static final String UNRESOLVED = "REPLACED_BY_OVERLAY";

    /** One environment variable of a container: its value, or null when it comes from a Secret not in the target. */
    record Setting(String name, String value, String source) {}

    /** A topic the target creates: partitions (0 = unknown) and whether it is compacted. */
    record TopicSpec(int partitions, boolean compacted) {}

    final Repository repository = Repository.get();

    abstract String target();

    @Override
    public String toString() {
        return target();
    }

    /** The environment of the deployable's container; null when the target has no such deployable. */
    abstract Map<String, Setting> environment(Deployable deployable);

    abstract Map<String, TopicSpec> topics();

    /** Problems of the databases beyond each DATABASE_URL: the databases the target creates, and their owners. */
    abstract List<String> databaseProblems(List<Deployable> deployables);

    /** Problems of a URL setting that must lead to another deployable. */
    abstract List<String> urlProblems(Deployable from, String variable, String url, Deployable to);

    /** Whether the target may use local addresses (compose publishes the issuer on localhost). */
    abstract boolean isCluster();

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        problems.addAll(environmentProblems());
        problems.addAll(topicProblems());
        problems.addAll(databaseProblems(repository.deployables()));
        return problems;
    }

    List<String> environmentProblems() {
        List<String> problems = new ArrayList<>();
        Map<String, Deployable> byName = new LinkedHashMap<>();
        repository.deployables().forEach(d -> byName.put(d.name(), d));
        Map<String, Set<String>> shared = new TreeMap<>();
        for (Deployable d : byName.values()) {
            Map<String, Setting> env = environment(d);
            String where = target() + ": " + d.name();
            if (env == null) {
                problems.add(where + " is missing");
                continue;
            }
            for (String var : d.environment().keySet()) {
                if (!env.containsKey(var)) {
                    problems.add(where + " does not set " + var + " (read by its configuration, default "
                            + d.environment().get(var) + ")");
                }
            }
            for (String var : env.keySet()) {
                if (!d.environment().containsKey(var)
                        && GENERIC_PREFIXES.stream().noneMatch(var::startsWith)) {
                    problems.add(where + " sets " + var + ", which no configuration of " + d.name()
                            + " reads (misspelt, or left over?)");
                }
            }
            for (Setting s : env.values()) {
                if (s.value() == null) {
                    continue;
                }
                if (s.value().contains(UNRESOLVED)) {
                    problems.add(where + ": " + s.name() + " is still " + s.value() + " (" + s.source() + ")");
                }
                if (isCluster() && (s.value().contains("localhost") || s.value().contains("127.0.0.1"))) {
                    problems.add(where + ": " + s.name() + "=" + s.value() + " points at the pod itself");
                }
                if (s.name().startsWith("JWT_")
                        || s.name().equals("KAFKA_BOOTSTRAP_SERVERS")
                        || s.name().equals(MASTER_KEY)
                        || repository.sharedDatabases().containsKey(s.name())) {
                    shared.computeIfAbsent(s.name(), k -> new TreeSet<>()).add(s.value());
                }
            }
            problems.addAll(valueProblems(d, env, byName));
        }
        shared.forEach((var, values) -> {
            if (values.size() > 1) {
                problems.add(target() + ": the deployables disagree on " + var + ": " + values);
            }
        });
        for (Deployable d : byName.values()) {
            Map<String, Setting> env = environment(d);
            if (env != null && d.environment().containsKey("OIDC_ISSUER_URI")) {
                problems.addAll(openIdClientProblems(d, env, shared));
            }
        }
        return problems;
    }

    /**
     * An OpenID client (the console) signs people in at the identity provider the others trust: its issuer is their
     * JWT_ISSUER_URI (else the gateway refuses its tokens), it reads the discovery document and the people directory
     * at the same provider and realm the others fetch the keys from, and its client secret is no literal in a
     * cluster.
     */
    List<String> openIdClientProblems(Deployable d, Map<String, Setting> env, Map<String, Set<String>> shared) {
        List<String> problems = new ArrayList<>();
        String where = target() + ": " + d.name();
        String issuer = value(env, "OIDC_ISSUER_URI");
        String provider = value(env, "OIDC_PROVIDER_URI");
        String people = value(env, "CONSOLE_PEOPLE_URL");
        Set<String> trusted = shared.getOrDefault("JWT_ISSUER_URI", Set.of());
        if (issuer != null
                && !trusted.isEmpty()
                && trusted.stream().map(Consistency::trimSlash).noneMatch(trimSlash(issuer)::equals)) {
            problems.add(
                    where + ": OIDC_ISSUER_URI " + issuer + " is not the JWT_ISSUER_URI the others trust " + trusted);
        }
        Set<String> jwks = shared.getOrDefault("JWT_JWK_SET_URI", Set.of());
        if (provider != null && jwks.size() == 1) {
            URI keys = URI.create(jwks.iterator().next());
            URI discovery = URI.create(trimSlash(provider));
            if (!(keys.getHost() + ":" + port(keys.toString()))
                    .equals(discovery.getHost() + ":" + port(discovery.toString()))) {
                problems.add(where + ": OIDC_PROVIDER_URI " + provider + " is another host than the keys' " + keys
                        + " (the provider's back channel)");
            }
            if (!keys.getPath().startsWith(discovery.getPath() + "/")) {
                problems.add(where + ": OIDC_PROVIDER_URI " + provider + " is another realm than the keys' " + keys);
            }
            if (issuer != null && !URI.create(trimSlash(issuer)).getPath().equals(discovery.getPath())) {
                problems.add(where + ": OIDC_PROVIDER_URI " + provider + " and OIDC_ISSUER_URI " + issuer
                        + " name different realms");
            }
            if (people != null) {
                URI users = URI.create(people);
                String realmPath = discovery.getPath();
                if (!(users.getHost() + ":" + port(people)).equals(discovery.getHost() + ":" + port(provider))
                        || !users.getPath().equals("/admin" + realmPath + "/users")) {
                    problems.add(where + ": CONSOLE_PEOPLE_URL " + people + " is not the admin users API of " + provider
                            + " (" + "/admin" + realmPath + "/users)");
                }
            }
        }
        Setting secret = env.get("OIDC_CLIENT_SECRET");
        if (isCluster() && secret != null && !secret.source().startsWith("Secret")) {
            problems.add(where + ": OIDC_CLIENT_SECRET comes from " + secret.source() + "; take it from a Secret");
        }
        if (secret != null && secret.value() != null && secret.value().isBlank()) {
            problems.add(where + ": OIDC_CLIENT_SECRET is empty");
        }
        return problems;
    }

    static String trimSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    private List<String> valueProblems(Deployable d, Map<String, Setting> env, Map<String, Deployable> byName) {
        List<String> problems = new ArrayList<>();
        String where = target() + ": " + d.name();
        String port = value(env, "SERVER_PORT");
        if (port != null && !port.equals(Integer.toString(d.port()))) {
            problems.add(where + ": SERVER_PORT is " + port + ", the service's port is " + d.port());
        }
        for (String var : List.of("JWT_JWK_SET_URI", "JWT_ISSUER_URI", "KAFKA_BOOTSTRAP_SERVERS")) {
            if (env.containsKey(var)
                    && env.get(var).value() != null
                    && env.get(var).value().isBlank()) {
                problems.add(where + ": " + var + " is empty");
            }
        }
        if (d.usesDatabase()) {
            String url = value(env, "DATABASE_URL");
            if (url != null && !d.database().equals(Repository.databaseOf(url))) {
                problems.add(where + ": DATABASE_URL " + url + " is not its own database " + d.database());
            }
        }
        repository.sharedDatabases().forEach((var, database) -> {
            String url = value(env, var);
            if (url != null && !database.equals(Repository.databaseOf(url))) {
                problems.add(where + ": " + var + " " + url + " is not the shared database " + database);
            }
        });
        String masterKey = value(env, MASTER_KEY);
        if (masterKey != null && !isAes256Key(masterKey)) {
            problems.add(where + ": " + MASTER_KEY + " is not the base64 of 32 bytes (openssl rand -base64 32)");
        }
        d.urlTargets().forEach((var, target) -> {
            String url = value(env, var);
            if (url != null) {
                problems.addAll(urlProblems(d, var, url, byName.get(target)));
            }
        });
        return problems;
    }

    /** The master key of the person keys (crypto-shredding): the same base64 AES-256 key for every service. */
    static final String MASTER_KEY = "PRIVACY_MASTER_KEY";

    static boolean isAes256Key(String base64) {
        try {
            return java.util.Base64.getDecoder().decode(base64.trim()).length == 32;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    static String value(Map<String, Setting> env, String var) {
        Setting s = env.get(var);
        return s == null ? null : s.value();
    }

    List<String> topicProblems() {
        List<String> problems = new ArrayList<>();
        Map<String, TopicSpec> topics = topics();
        Set<String> needed = repository.neededTopics();
        for (String topic : needed) {
            TopicSpec spec = topics.get(topic);
            if (spec == null) {
                problems.add(target() + " does not create the topic " + topic);
                continue;
            }
            if (spec.partitions() < 3) {
                problems.add(target() + ": " + topic + " has " + spec.partitions() + " partitions, 3 expected");
            }
            boolean compacted = repository.compactedTopics().contains(topic);
            if (spec.compacted() != compacted) {
                problems.add(target() + ": " + topic + (compacted ? " must be" : " must not be")
                        + " compacted (cleanup.policy=compact)");
            }
        }
        for (String topic : topics.keySet()) {
            if (!needed.contains(topic)) {
                problems.add(target() + " creates " + topic + ", which no service publishes or dead-letters");
            }
        }
        return problems;
    }

    private static final Pattern CREATE_LINE = Pattern.compile("(?m)^\\s*create\\s+(\\S+)(.*)$");
    private static final Pattern PARTITIONS = Pattern.compile("--partitions\\s+(\\d+)");

    /**
     * Topics of a shell script that calls kafka-topics.sh through a function, one {@code create <topic> [--config
     * k=v ...]} line per topic, with {@code --partitions N} in the function.
     */
    static Map<String, TopicSpec> scriptTopics(String script) {
        Map<String, TopicSpec> topics = new TreeMap<>();
        Matcher p = PARTITIONS.matcher(script);
        int partitions = p.find() ? Integer.parseInt(p.group(1)) : 0;
        Matcher m = CREATE_LINE.matcher(script);
        while (m.find()) {
            if (m.group(1).startsWith("\"") || m.group(1).startsWith("(")) {
                continue;
            }
            topics.put(m.group(1), new TopicSpec(partitions, m.group(2).contains("cleanup.policy=compact")));
        }
        return topics;
    }

    static String host(String url) {
        String withScheme = url.contains("://") ? url : "tcp://" + url;
        return URI.create(withScheme).getHost();
    }

    static int port(String url) {
        URI uri = URI.create(url.contains("://") ? url : "tcp://" + url);
        return uri.getPort() > 0 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
    }

    // ------------------------------------------------------------------------------------------ compose

    static final class Compose extends Consistency {

        private final JsonNode compose;

        Compose(JsonNode compose) {
            this.compose = compose;
        }

        @Override
        String target() {
            return "docker-compose.yml";
        }

        @Override
        boolean isCluster() {
            return false;
        }

        JsonNode services() {
            return compose.path("services");
        }

        @Override
        Map<String, Setting> environment(Deployable d) {
            JsonNode service = services().path(d.name());
            if (service.isMissingNode()) {
                return null;
            }
            Map<String, Setting> env = new TreeMap<>();
            JsonNode environment = service.path("environment");
            if (environment.isObject()) {
                environment
                        .fields()
                        .forEachRemaining(e -> env.put(
                                e.getKey(),
                                new Setting(
                                        e.getKey(),
                                        e.getValue().isNull()
                                                ? ""
                                                : e.getValue().asText(),
                                        "environment")));
            } else {
                for (JsonNode item : list(environment)) {
                    String[] kv = item.asText().split("=", 2);
                    env.put(kv[0], new Setting(kv[0], kv.length > 1 ? kv[1] : "", "environment"));
                }
            }
            return env;
        }

        @Override
        Map<String, TopicSpec> topics() {
            Map<String, TopicSpec> topics = new TreeMap<>();
            services().fields().forEachRemaining(e -> {
                String script = commandText(e.getValue());
                if (script.contains("kafka-topics.sh") && script.contains("--create")) {
                    topics.putAll(scriptTopics(script.replace("$$", "$")));
                }
            });
            return topics;
        }

        static String commandText(JsonNode service) {
            StringBuilder text = new StringBuilder();
            for (String field : List.of("entrypoint", "command")) {
                JsonNode node = service.path(field);
                if (node.isTextual()) {
                    text.append(node.asText()).append('\n');
                }
                list(node).forEach(n -> text.append(n.asText()).append('\n'));
            }
            return text.toString();
        }

        @Override
        List<String> databaseProblems(List<Deployable> deployables) {
            List<String> problems = new ArrayList<>();
            Map<String, String> owners = new TreeMap<>();
            String postgres = null;
            var it = services().fields();
            while (it.hasNext()) {
                var e = it.next();
                if (!e.getValue().path("image").asText().startsWith("postgres")) {
                    continue;
                }
                postgres = e.getKey();
                for (JsonNode volume : list(e.getValue().path("volumes"))) {
                    String source = volume.isTextual()
                            ? volume.asText().split(":")[0]
                            : volume.path("source").asText();
                    String targetPath = volume.isTextual()
                            ? volume.asText().split(":")[1]
                            : volume.path("target").asText();
                    if (targetPath.startsWith("/docker-entrypoint-initdb.d") && source.endsWith(".sql")) {
                        Path file = Path.of(source).isAbsolute() ? Path.of(source) : repository.path(source);
                        owners.putAll(createdDatabases(Repository.read(file)));
                    }
                }
            }
            if (postgres == null) {
                problems.add(target() + " has no PostgreSQL service (image postgres:...)");
                return problems;
            }
            Set<String> needed = new TreeSet<>();
            for (Deployable d : deployables) {
                if (!d.usesDatabase()) {
                    continue;
                }
                needed.add(d.database());
                Map<String, Setting> env = environment(d);
                if (env == null) {
                    continue;
                }
                if (!owners.containsKey(d.database())) {
                    problems.add(target() + ": no init script of " + postgres + " creates the database " + d.database()
                            + " (" + d.name() + ")");
                } else if (!owners.get(d.database()).equals(value(env, "DATABASE_USERNAME"))) {
                    problems.add(target() + ": " + d.name() + " connects as " + value(env, "DATABASE_USERNAME")
                            + ", the owner of " + d.database() + " is " + owners.get(d.database()));
                }
                String url = value(env, "DATABASE_URL");
                if (url != null && !postgres.equals(host(url.replaceFirst("^jdbc:", "")))) {
                    problems.add(target() + ": " + d.name() + "'s DATABASE_URL does not point at " + postgres);
                }
            }
            for (Map.Entry<String, String> shared : repository.sharedDatabases().entrySet()) {
                String database = shared.getValue();
                needed.add(database);
                for (Deployable d : deployables) {
                    Map<String, Setting> env = environment(d);
                    String url = env == null ? null : value(env, shared.getKey());
                    if (url == null) {
                        continue; // not read by this deployable, or reported as a missing variable
                    }
                    String user = value(env, Repository.usernameVariable(shared.getKey()));
                    if (!owners.containsKey(database)) {
                        problems.add(target() + ": no init script of " + postgres + " creates the shared database "
                                + database + " (" + d.name() + ")");
                    } else if (user != null && !owners.get(database).equals(user)) {
                        problems.add(target() + ": " + d.name() + " connects to " + database + " as " + user
                                + ", its owner is " + owners.get(database));
                    }
                    if (!postgres.equals(host(url.replaceFirst("^jdbc:", "")))) {
                        problems.add(target() + ": " + d.name() + "'s " + shared.getKey() + " does not point at "
                                + postgres);
                    }
                }
            }
            for (String created : owners.keySet()) {
                if (!needed.contains(created)) {
                    problems.add(target() + ": the init script creates " + created + ", which no service uses");
                }
            }
            return problems;
        }

        private static final Pattern CREATE_DATABASE =
                Pattern.compile("(?i)CREATE\\s+DATABASE\\s+(\\w+)(?:\\s+OWNER\\s+(\\w+))?");

        static Map<String, String> createdDatabases(String sql) {
            Map<String, String> owners = new TreeMap<>();
            Matcher m = CREATE_DATABASE.matcher(sql.replaceAll("(?m)--.*$", ""));
            while (m.find()) {
                owners.put(m.group(1), m.group(2) == null ? "postgres" : m.group(2));
            }
            return owners;
        }

        @Override
        List<String> urlProblems(Deployable from, String variable, String url, Deployable to) {
            List<String> problems = new ArrayList<>();
            String where = target() + ": " + from.name() + " " + variable + "=" + url;
            if (!to.name().equals(host(url))) {
                problems.add(where + " must name the compose service " + to.name());
            }
            Map<String, Setting> targetEnv = environment(to);
            String targetPort = targetEnv == null ? null : value(targetEnv, "SERVER_PORT");
            if (targetPort != null && port(url) != Integer.parseInt(targetPort)) {
                problems.add(where + ": " + to.name() + " listens on " + targetPort);
            }
            return problems;
        }
    }

    // ------------------------------------------------------------------------------------------ kubernetes

    static final class Kubernetes extends Consistency {

        private final String overlay;
        private final List<JsonNode> docs;

        Kubernetes(String overlay, List<JsonNode> docs) {
            this.overlay = overlay;
            this.docs = docs;
        }

        @Override
        String target() {
            return "k8s/overlays/" + overlay;
        }

        @Override
        boolean isCluster() {
            return true;
        }

        @Override
        Map<String, Setting> environment(Deployable d) {
            JsonNode deployment = find(docs, "Deployment", d.name()).orElse(null);
            if (deployment == null) {
                return null;
            }
            JsonNode container = Manifests.mainContainer(deployment);
            Map<String, Setting> env = new TreeMap<>();
            for (JsonNode from : list(container.path("envFrom"))) {
                String cmName = from.path("configMapRef").path("name").asText();
                find(docs, "ConfigMap", cmName).ifPresent(cm -> strings(cm.path("data"))
                        .forEach((k, v) -> env.put(k, new Setting(k, v, "ConfigMap " + cmName))));
            }
            for (JsonNode e : list(container.path("env"))) {
                String var = e.path("name").asText();
                JsonNode from = e.path("valueFrom");
                if (e.has("value")) {
                    env.put(var, new Setting(var, e.path("value").asText(), "env"));
                } else if (from.has("configMapKeyRef")) {
                    String cm = from.path("configMapKeyRef").path("name").asText();
                    String key = from.path("configMapKeyRef").path("key").asText();
                    String v = find(docs, "ConfigMap", cm)
                            .map(c -> c.path("data").path(key).asText(null))
                            .orElse(null);
                    env.put(var, new Setting(var, v, "ConfigMap " + cm));
                } else if (from.has("secretKeyRef")) {
                    String secret = from.path("secretKeyRef").path("name").asText();
                    String key = from.path("secretKeyRef").path("key").asText();
                    String v = find(docs, "Secret", secret)
                            .map(s -> WorkloadRules.secretValue(s, key))
                            .orElse(null);
                    env.put(var, new Setting(var, v, "Secret " + secret));
                } else {
                    env.put(var, new Setting(var, null, "valueFrom"));
                }
            }
            return env;
        }

        @Override
        Map<String, TopicSpec> topics() {
            Map<String, TopicSpec> topics = new TreeMap<>();
            for (JsonNode topic : ofKind(docs, "KafkaTopic")) {
                JsonNode spec = topic.path("spec");
                String topicName = spec.path("topicName").asText(name(topic));
                boolean compacted =
                        spec.path("config").path("cleanup.policy").asText().contains("compact");
                topics.put(topicName, new TopicSpec(spec.path("partitions").asInt(0), compacted));
            }
            for (JsonNode job : ofKind(docs, "Job")) {
                for (JsonNode c :
                        list(job.path("spec").path("template").path("spec").path("containers"))) {
                    StringBuilder script = new StringBuilder();
                    list(c.path("command"))
                            .forEach(n -> script.append(n.asText()).append('\n'));
                    list(c.path("args")).forEach(n -> script.append(n.asText()).append('\n'));
                    if (script.toString().contains("kafka-topics.sh")) {
                        topics.putAll(scriptTopics(script.toString()));
                    }
                }
            }
            return topics;
        }

        @Override
        List<String> databaseProblems(List<Deployable> deployables) {
            List<String> problems = new ArrayList<>();
            List<JsonNode> databases = ofKind(docs, "Database");
            List<JsonNode> clusters = ofKind(docs, "Cluster");
            List<JsonNode> kafkas = ofKind(docs, "Kafka");
            Set<String> needed = new TreeSet<>();
            for (Deployable d : deployables) {
                Map<String, Setting> env = environment(d);
                if (env == null) {
                    continue;
                }
                String bootstrap = value(env, "KAFKA_BOOTSTRAP_SERVERS");
                if (!kafkas.isEmpty() && bootstrap != null) {
                    String expected = name(kafkas.get(0)) + "-kafka-bootstrap";
                    if (!host(bootstrap.split(",")[0]).split("\\.")[0].equals(expected)) {
                        problems.add(target() + ": " + d.name() + "'s KAFKA_BOOTSTRAP_SERVERS " + bootstrap
                                + " is not the Strimzi bootstrap service " + expected);
                    }
                }
                if (!d.usesDatabase()) {
                    continue;
                }
                needed.add(d.database());
                if (clusters.isEmpty()) {
                    continue; // external PostgreSQL: DATABASE_URL and the documented Secret are all there is
                }
                String url = value(env, "DATABASE_URL");
                String expectedHost = name(clusters.get(0)) + "-rw";
                if (url != null
                        && !host(url.replaceFirst("^jdbc:", "")).split("\\.")[0].equals(expectedHost)) {
                    problems.add(target() + ": " + d.name() + "'s DATABASE_URL " + url + " is not the primary "
                            + expectedHost);
                }
                JsonNode database = databases.stream()
                        .filter(db -> db.path("spec").path("name").asText().equals(d.database()))
                        .findFirst()
                        .orElse(null);
                if (database == null) {
                    problems.add(target() + " has no CloudNativePG Database " + d.database() + " (" + d.name() + ")");
                    continue;
                }
                String user = value(env, "DATABASE_USERNAME");
                String owner = database.path("spec").path("owner").asText();
                if (user != null && !user.equals(owner)) {
                    problems.add(target() + ": " + d.name() + " connects as " + user + ", the owner of " + d.database()
                            + " is " + owner);
                }
            }
            for (Map.Entry<String, String> shared : repository.sharedDatabases().entrySet()) {
                String name = shared.getValue();
                needed.add(name);
                if (clusters.isEmpty()) {
                    continue; // external PostgreSQL
                }
                JsonNode database = databases.stream()
                        .filter(db -> db.path("spec").path("name").asText().equals(name))
                        .findFirst()
                        .orElse(null);
                String expectedHost = name(clusters.get(0)) + "-rw";
                for (Deployable d : deployables) {
                    Map<String, Setting> env = environment(d);
                    String url = env == null ? null : value(env, shared.getKey());
                    if (url == null) {
                        continue;
                    }
                    if (!host(url.replaceFirst("^jdbc:", "")).split("\\.")[0].equals(expectedHost)) {
                        problems.add(target() + ": " + d.name() + "'s " + shared.getKey() + " " + url
                                + " is not the primary " + expectedHost);
                    }
                    if (database == null) {
                        problems.add(target() + " has no CloudNativePG Database " + name + " (" + d.name() + ")");
                        continue;
                    }
                    String user = value(env, Repository.usernameVariable(shared.getKey()));
                    String owner = database.path("spec").path("owner").asText();
                    if (user != null && !user.equals(owner)) {
                        problems.add(target() + ": " + d.name() + " connects to " + name + " as " + user
                                + ", its owner is " + owner);
                    }
                }
            }
            for (JsonNode db : databases) {
                if (!needed.contains(db.path("spec").path("name").asText())) {
                    problems.add(target() + " creates the database "
                            + db.path("spec").path("name").asText() + ", which no service uses");
                }
            }
            return problems;
        }

        @Override
        List<String> urlProblems(Deployable from, String variable, String url, Deployable to) {
            List<String> problems = new ArrayList<>();
            String where = target() + ": " + from.name() + " " + variable + "=" + url;
            String serviceName = host(url).split("\\.")[0];
            JsonNode service = find(docs, "Service", serviceName).orElse(null);
            JsonNode deployment = find(docs, "Deployment", to.name()).orElse(null);
            if (service == null || deployment == null) {
                problems.add(where + ": no Service " + serviceName + " or Deployment " + to.name());
                return problems;
            }
            Map<String, String> selector = strings(service.path("spec").path("selector"));
            Map<String, String> podLabels = strings(
                    deployment.path("spec").path("template").path("metadata").path("labels"));
            if (selector.isEmpty() || !podLabels.entrySet().containsAll(selector.entrySet())) {
                problems.add(where + ": Service " + serviceName + " does not select the pods of " + to.name());
            }
            JsonNode servicePort = list(service.path("spec").path("ports")).stream()
                    .filter(p -> p.path("port").asInt() == port(url))
                    .findFirst()
                    .orElse(null);
            if (servicePort == null) {
                problems.add(where + ": Service " + serviceName + " has no port " + port(url));
                return problems;
            }
            String targetPort = servicePort
                    .path("targetPort")
                    .asText(servicePort.path("port").asText());
            boolean reachesServerPort = list(Manifests.mainContainer(deployment).path("ports")).stream()
                    .filter(p -> p.path("name").asText().equals(targetPort)
                            || p.path("containerPort").asText().equals(targetPort))
                    .anyMatch(p -> p.path("containerPort").asInt() == to.port());
            if (!reachesServerPort) {
                problems.add(where + ": Service " + serviceName + " port " + port(url) + " does not lead to "
                        + to.name() + "'s port " + to.port());
            }
            return problems;
        }
    }
}
