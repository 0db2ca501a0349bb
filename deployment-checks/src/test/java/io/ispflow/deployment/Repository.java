package io.ispflow.deployment;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the deployment artifacts must provide, read from the sources: the deployables (every {@code *-service} module,
 * the gateway and the web console), their ports, databases and environment variables ({@code ${VAR:default}} placeholders of
 * platform-defaults.yml and of each module's application.yml), the topics ({@link Topics#ALL}) and the dead-letter
 * topics of the consumed ones (README's services table).
 */
final class Repository {

    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern LOCAL_URL = Pattern.compile("https?://localhost:(\\d+)/?");

    /** The web console's module (a deployable like the gateway, but no resource server: an OpenID client). */
    static final String CONSOLE = "console";

    private static Repository instance;

    final Path root;

    private Repository(Path root) {
        this.root = root;
    }

    static synchronized Repository get() {
        if (instance == null) {
            instance = new Repository(locateRoot());
        }
        return instance;
    }

    private static Path locateRoot() {
        String configured = System.getProperty("ispflow.repository");
        List<Path> candidates = new ArrayList<>();
        if (configured != null) {
            candidates.add(Path.of(configured));
        }
        Path here = Path.of("").toAbsolutePath();
        candidates.add(here);
        candidates.add(here.getParent());
        for (Path candidate : candidates) {
            if (candidate != null
                    && Files.isRegularFile(candidate.resolve("pom.xml"))
                    && Files.isDirectory(candidate.resolve("k8s"))) {
                return candidate.normalize().toAbsolutePath();
            }
        }
        throw new IllegalStateException("Cannot find the repository root (pom.xml and k8s/) from " + here);
    }

    Path path(String relative) {
        return root.resolve(relative);
    }

    String read(String relative) {
        return read(path(relative));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> modules() {
        List<String> modules = new ArrayList<>();
        Matcher m = MODULE.matcher(read("pom.xml"));
        while (m.find()) {
            modules.add(m.group(1).trim());
        }
        return modules;
    }

    /** One Spring Boot application that gets an image, a compose service and a Deployment. */
    record Deployable(
            String name,
            int port,
            String database,
            Map<String, String> environment,
            Set<String> consumedTopics,
            Map<String, String> urlTargets) {

        boolean isGateway() {
            return name.equals("gateway");
        }

        /** The web console: no database, no Kafka; signs people in (OIDC_*) and calls the gateway. */
        boolean isConsole() {
            return name.equals(CONSOLE);
        }

        /** One of the {@code *-service} modules: its own database, Kafka, and the tokens' keys. */
        boolean isService() {
            return name.endsWith("-service");
        }

        boolean usesDatabase() {
            return database != null;
        }

        boolean usesKafka() {
            return environment.containsKey("KAFKA_BOOTSTRAP_SERVERS");
        }
    }

    /** The services table of the README: consumed topics per service, and which topics are compacted. */
    record ServicesTable(
            Map<String, Integer> ports,
            Map<String, String> databases,
            Map<String, Set<String>> consumes,
            Set<String> compacted) {}

    ServicesTable servicesTable() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        Map<String, String> databases = new LinkedHashMap<>();
        Map<String, Set<String>> consumes = new LinkedHashMap<>();
        Set<String> compacted = new TreeSet<>();
        List<String> header = null;
        for (String line : read("README.md").split("\n")) {
            if (!line.startsWith("|")) {
                header = null;
                continue;
            }
            List<String> cells = cells(line);
            if (header == null) {
                header = cells;
                continue;
            }
            if (!header.containsAll(List.of("service", "port", "database", "publishes", "consumes"))
                    || cells.size() != header.size()
                    || cells.get(0).startsWith("-")) {
                continue;
            }
            String service = cells.get(0);
            ports.put(service, parsePort(cells.get(header.indexOf("port"))));
            List<String> db = backticked(cells.get(header.indexOf("database")));
            databases.put(service, db.isEmpty() ? null : db.get(0));
            Set<String> consumed = new TreeSet<>();
            for (String value : backticked(cells.get(header.indexOf("consumes")))) {
                // an event type (`lead.erased.v1`) stands for the topic it travels on
                consumed.add(topicsByEventType().getOrDefault(value, value));
            }
            consumes.put(service, consumed);
            String publishes = cells.get(header.indexOf("publishes"));
            if (publishes.contains("compacted")) {
                compacted.addAll(backticked(publishes));
            }
        }
        if (consumes.isEmpty()) {
            throw new IllegalStateException("README.md has no services table (| service | port | database | publishes"
                    + " | consumes | ...): the checks take the consumed topics from it");
        }
        return new ServicesTable(ports, databases, consumes, compacted);
    }

    private static Integer parsePort(String cell) {
        return cell.matches("\\d+") ? Integer.valueOf(cell) : null;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        String[] parts = line.split("\\|", -1);
        for (int i = 1; i < parts.length - 1; i++) {
            cells.add(parts[i].trim());
        }
        return cells;
    }

    private static List<String> backticked(String cell) {
        List<String> values = new ArrayList<>();
        Matcher m = BACKTICKED.matcher(cell);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    /** The {@code ${VAR:default}} placeholders of a YAML file, in order; a missing default is {@code null}. */
    static Map<String, String> placeholders(String yaml) {
        Map<String, String> vars = new LinkedHashMap<>();
        for (String line : yaml.split("\n")) {
            if (line.trim().startsWith("#")) {
                continue;
            }
            Matcher m = PLACEHOLDER.matcher(line);
            while (m.find()) {
                vars.putIfAbsent(m.group(1), m.group(2));
            }
        }
        return vars;
    }

    List<Deployable> deployables() {
        ServicesTable table = servicesTable();
        Map<String, String> platform = placeholders(read("platform/src/main/resources/platform-defaults.yml"));
        List<String> names = modules().stream()
                .filter(m -> m.endsWith("-service") || m.equals("gateway") || m.equals(CONSOLE))
                .toList();
        Map<String, Map<String, String>> own = new LinkedHashMap<>();
        Map<Integer, String> byPort = new LinkedHashMap<>();
        for (String name : names) {
            Map<String, String> vars = placeholders(read(name + "/src/main/resources/application.yml"));
            own.put(name, vars);
            String port = vars.get("SERVER_PORT");
            if (port == null || !port.matches("\\d+")) {
                throw new IllegalStateException(
                        name + "/src/main/resources/application.yml has no ${SERVER_PORT:<port>}");
            }
            byPort.put(Integer.valueOf(port), name);
        }
        List<Deployable> deployables = new ArrayList<>();
        for (String name : names) {
            Map<String, String> vars = new LinkedHashMap<>();
            if (read(name + "/pom.xml").contains("<artifactId>platform</artifactId>")) {
                vars.putAll(platform);
            }
            vars.putAll(own.get(name));
            String database = Optional.ofNullable(vars.get("DATABASE_URL"))
                    .filter(url -> own.get(name).containsKey("DATABASE_URL"))
                    .map(Repository::databaseOf)
                    .orElse(null);
            Map<String, String> urlTargets = new LinkedHashMap<>();
            vars.forEach((var, def) -> {
                if (def != null && !var.startsWith("JWT_")) {
                    Matcher m = LOCAL_URL.matcher(def);
                    if (m.matches() && byPort.containsKey(Integer.valueOf(m.group(1)))) {
                        urlTargets.put(var, byPort.get(Integer.valueOf(m.group(1))));
                    }
                }
            });
            deployables.add(new Deployable(
                    name,
                    Integer.parseInt(vars.get("SERVER_PORT")),
                    database,
                    vars,
                    table.consumes().getOrDefault(name, Set.of()),
                    urlTargets));
        }
        return deployables;
    }

    /**
     * The databases every service on the platform shares, by the variable of their JDBC URL: each {@code
     * <NAME>_DATABASE_URL} placeholder of platform-defaults.yml but the service's own {@code DATABASE_URL} (the person
     * key store: {@code PERSON_KEYS_DATABASE_URL} gives {@code person_keys}). Its role is {@code <NAME>_DATABASE_USERNAME}.
     */
    Map<String, String> sharedDatabases() {
        Map<String, String> shared = new LinkedHashMap<>();
        placeholders(read("platform/src/main/resources/platform-defaults.yml")).forEach((var, def) -> {
            if (var.endsWith("_DATABASE_URL") && def != null) {
                shared.put(var, databaseOf(def));
            }
        });
        return shared;
    }

    /** The variable of a shared database's role: {@code PERSON_KEYS_DATABASE_URL} gives {@code ..._USERNAME}. */
    static String usernameVariable(String urlVariable) {
        return urlVariable.replaceFirst("_URL$", "_USERNAME");
    }

    private static Map<String, String> topicsByEventType;

    /** Every event type of event-contracts ({@code @EventType}) and its topic. */
    static synchronized Map<String, String> topicsByEventType() {
        if (topicsByEventType == null) {
            Map<String, String> topics = new TreeMap<>();
            for (Class<?> type : contractClasses()) {
                EventType eventType = type.getAnnotation(EventType.class);
                if (eventType != null) {
                    topics.put(eventType.value(), eventType.topic());
                }
            }
            topicsByEventType = topics;
        }
        return topicsByEventType;
    }

    /** The classes of event-contracts, from its jar or its classes directory. */
    private static List<Class<?>> contractClasses() {
        String base = Topics.class.getPackageName().replace('.', '/');
        URL location = Topics.class.getProtectionDomain().getCodeSource().getLocation();
        List<String> names = new ArrayList<>();
        try {
            Path root = Path.of(location.toURI());
            if (Files.isDirectory(root)) {
                try (var files = Files.walk(root.resolve(base))) {
                    files.map(f -> root.relativize(f).toString().replace('\\', '/'))
                            .filter(n -> n.endsWith(".class"))
                            .forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(root.toFile())) {
                    jar.stream()
                            .map(JarEntry::getName)
                            .filter(n -> n.startsWith(base) && n.endsWith(".class"))
                            .forEach(names::add);
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list the classes of event-contracts at " + location, e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(
                        name.substring(0, name.length() - ".class".length()).replace('/', '.'),
                        false,
                        Topics.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                // not loadable on its own: not an event record
            }
        }
        return classes;
    }

    /** The database of a JDBC URL: {@code jdbc:postgresql://host:5432/lead?ssl=true} gives {@code lead}. */
    static String databaseOf(String jdbcUrl) {
        String withoutQuery = jdbcUrl.split("\\?", 2)[0];
        return withoutQuery.substring(withoutQuery.lastIndexOf('/') + 1);
    }

    /** Every topic of {@link Topics#ALL}, plus {@code <topic>.dlt} of each topic some service consumes. */
    Set<String> neededTopics() {
        Set<String> topics = new TreeSet<>(Topics.ALL);
        for (Deployable d : deployables()) {
            for (String consumed : d.consumedTopics()) {
                topics.add(Topics.deadLetterOf(consumed));
            }
        }
        return topics;
    }

    Set<String> compactedTopics() {
        return servicesTable().compacted();
    }

    /** Service-to-service calls the network must allow: every URL setting, plus the architecture's sync calls. */
    Set<String> neededCalls() {
        Set<String> calls = new LinkedHashSet<>();
        for (Deployable d : deployables()) {
            d.urlTargets().values().forEach(target -> calls.add(d.name() + " -> " + target));
        }
        // ARCHITECTURE.md: the sales-desk wizard calls lead-service synchronously
        calls.add("sales-desk-service -> lead-service");
        return calls;
    }
}
