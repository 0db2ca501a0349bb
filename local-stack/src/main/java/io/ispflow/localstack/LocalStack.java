package io.ispflow.localstack;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

/**
 * {@code ./stack}: the whole ISPFlow suite on one machine with nothing but a JDK 17+. PostgreSQL (embedded binaries,
 * or an existing server), a KRaft Kafka broker in its own JVM, the dev token issuer (also the console's OpenID
 * provider) in this JVM, then the five services, the gateway and the web console as separate JVMs. Ctrl-C stops
 * everything in order.
 */
public final class LocalStack {

    static final int ISSUER_PORT = 9000;
    static final String ISSUER_URI = "http://localhost:" + ISSUER_PORT;
    static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    static final String DATA_MARKER = ".local-stack-data";

    /**
     * A demo user: the same username (= subject), first name, realm roles and zones as in the Keycloak realm
     * (deploy/keycloak/realm-ispflow.json), then the last name. deployment-checks' KeycloakRealmTest reads the list
     * below from this file with a regular expression: keep each entry a constructor call with the username, the first
     * name and two {@code List.of} literals, followed by {@code .surname(...)}.
     */
    record DemoUser(String sub, String firstName, List<String> roles, List<String> zones, String lastName) {

        DemoUser(String sub, String firstName, List<String> roles, List<String> zones) {
            this(sub, firstName, roles, zones, "");
        }

        DemoUser surname(String lastName) {
            return new DemoUser(sub, firstName, roles, zones, lastName);
        }

        String name() {
            return (firstName + " " + lastName).strip();
        }

        String email() {
            return sub + "@ispflow.example";
        }

        String variable() {
            return "TOKEN_" + sub.toUpperCase(Locale.ROOT);
        }
    }

    /** The demo users of the sign-in page, the people directory, the summary and tokens.env. */
    static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("admin", "Admin", List.of("ADMIN"), List.of()).surname("ISPFlow"),
            new DemoUser("ana", "Ana", List.of("SALES"), List.of("NORTE")).surname("García"),
            new DemoUser("sol", "Sol", List.of("SALES"), List.of("SUR")).surname("Martínez"),
            new DemoUser("marta", "Marta", List.of("MANAGER"), List.of()).surname("López"),
            new DemoUser("pablo", "Pablo", List.of("PLANNER"), List.of()).surname("Sánchez"),
            new DemoUser("tito", "Tito", List.of("TECHNICIAN"), List.of("NORTE")).surname("Fernández"),
            new DemoUser("bea", "Bea", List.of("BACKOFFICE"), List.of()).surname("Romero"));

    /** The order of {@code GET /stack/processes} and of the summary; the shutdown goes the other way. */
    static final List<String> PROCESS_ORDER = List.of(
            "postgres",
            "kafka",
            "catalog-service",
            "lead-service",
            "sales-desk-service",
            "order-service",
            "contract-service",
            "gateway",
            "console");

    private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
    private static final PrintStream OUT = System.out;

    private final Options options;
    private final Path repoRoot;
    private final Path dataDir;
    private final Path logsDir;
    private final long startNanos = System.nanoTime();

    private final Object lock = new Object();
    private volatile boolean stopping;
    private volatile boolean up;
    /** Every process of the stack by name, in start order (see {@link #PROCESS_ORDER}); guarded by the lock. */
    private final Map<String, ProcessSlot> slots = new LinkedHashMap<>();

    private volatile TokenIssuer issuer;
    private ServiceSpec.DatabaseTarget database;
    private final CountDownLatch forever = new CountDownLatch(1);

    LocalStack(Options options, Path repoRoot) {
        this.options = options;
        this.repoRoot = repoRoot;
        this.dataDir = options.dataDir();
        this.logsDir = dataDir.resolve("logs");
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args, System.getenv(), Path.of("").toAbsolutePath());
        } catch (Options.UsageException e) {
            if (e.getMessage().isEmpty()) {
                OUT.print(Options.USAGE);
                System.exit(0);
            }
            System.err.println("local-stack: " + e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        LocalStack stack = new LocalStack(options, findRepoRoot());
        int code = stack.run();
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Starts everything and blocks until the JVM shuts down; returns an exit code when the start fails. */
    int run() {
        // 1. ports, jars: check everything before starting anything
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(ISSUER_PORT, "dev token issuer");
        ports.put(KafkaBroker.PORT, "Kafka broker");
        ports.put(KafkaBroker.CONTROLLER_PORT, "Kafka controller");
        if (options.externalPostgres().isEmpty()) {
            ports.put(PostgresServer.PORT, "embedded PostgreSQL");
        }
        for (ServiceSpec spec : ServiceSpec.ALL) {
            if (options.wants(spec)) {
                ports.put(spec.port(), spec.name());
            }
        }
        List<String> conflicts = PortCheck.conflicts(ports);
        if (!conflicts.isEmpty()) {
            conflicts.forEach(c -> System.err.println("local-stack: " + c));
            if (conflicts.stream().anyMatch(c -> c.contains("local-stack") || c.contains(dataDir.toString()))) {
                System.err.println("local-stack: another ./stack is running, or left processes behind:"
                        + " stop it with Ctrl-C, or kill the pids above");
            }
            return 2;
        }
        List<String> missing = new ArrayList<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            if (options.wants(spec) && !Files.isRegularFile(repoRoot.resolve(spec.jarPath()))) {
                missing.add(spec.jarPath());
            }
        }
        if (!missing.isEmpty()) {
            missingJars(missing, repoRoot).forEach(line -> System.err.println("local-stack: " + line));
            return 1;
        }

        try {
            prepareDataDir();
        } catch (IOException | IllegalStateException e) {
            System.err.println("local-stack: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "local-stack-shutdown"));

        try {
            startInfrastructure();
            startServices();
        } catch (Exception e) {
            if (stopping) {
                return 0; // Ctrl-C during start: the shutdown hook is stopping everything
            }
            Throwable cause = e instanceof CompletionException || e instanceof ExecutionException ? e.getCause() : e;
            System.err.println();
            System.err.println("local-stack: start failed: " + cause.getMessage());
            stopAll();
            return 1;
        }

        printSummary();
        up = true; // from now on a process that dies is reported (ProcessSlot), the others keep running
        try {
            forever.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** What to say when jars are missing: which, and how to build them (the console may be newer than a build). */
    static List<String> missingJars(List<String> missing, Path repoRoot) {
        List<String> lines = new ArrayList<>();
        lines.add("missing " + String.join(", ", missing) + " (under " + repoRoot
                + "): build the jars with ./mvnw -DskipTests package  (./stack does it for you)");
        if (missing.contains(ServiceSpec.CONSOLE.jarPath())) {
            lines.add(ServiceSpec.CONSOLE.jarPath() + " is the web console, newer than a build made before it existed:"
                    + " ./mvnw -DskipTests -pl console -am package builds it alone; or start without it: --only "
                    + String.join(
                            ",",
                            ServiceSpec.ALL.stream()
                                    .filter(s -> s != ServiceSpec.CONSOLE)
                                    .map(s -> s.name().replace("-service", ""))
                                    .toList()));
        }
        return lines;
    }

    private void prepareDataDir() throws IOException {
        Path marker = dataDir.resolve(DATA_MARKER);
        boolean empty = true;
        if (Files.isDirectory(dataDir)) {
            try (var list = Files.list(dataDir)) {
                empty = list.findAny().isEmpty();
            }
        }
        if (options.fresh() && Files.exists(dataDir)) {
            if (!empty && !Files.exists(marker)) {
                throw new IllegalStateException("refusing to wipe " + dataDir + ": it was not created by local-stack"
                        + " (no " + DATA_MARKER + " file in it)");
            }
            log("--fresh: wiping " + dataDir);
            PostgresServer.deleteRecursively(dataDir);
        }
        boolean ours = options.fresh() || empty || Files.exists(marker);
        Files.createDirectories(logsDir);
        // only a directory local-stack created (or found empty) gets the marker that lets --fresh wipe it
        if (ours && !Files.exists(marker)) {
            Files.writeString(marker, "data directory of ISPFlow's local stack (./stack); ./stack --fresh wipes it\n");
        }
    }

    // ---------------------------------------------------------------- infrastructure

    private void startInfrastructure() throws Exception {
        String javaBin = javaBin();
        String classpath = childClasspath();

        // Kafka (format + JVM start) runs alongside PostgreSQL
        KafkaBroker broker = new KafkaBroker(dataDir, logsDir.resolve("kafka.log"));
        CompletableFuture<Void> kafkaReady = CompletableFuture.runAsync(() -> {
            try {
                broker.prepare(javaBin, classpath, dataDir);
                ProcessSlot slot = slot(
                        "kafka",
                        KafkaBroker.PORT,
                        false,
                        () -> broker.launch(javaBin, classpath, dataDir),
                        p -> KafkaBroker.awaitReady(p, Duration.ofSeconds(120), () -> stopping));
                ManagedProcess p = slot.launch();
                slot.awaitReady(p);
                log("Kafka ready on " + KafkaBroker.BOOTSTRAP_SERVERS + " after " + seconds(p.readySeconds()));
            } catch (Exception e) {
                throw new CompletionException(failure("Kafka", current("kafka"), e));
            }
        });

        ServiceSpec.DatabaseTarget database;
        if (options.externalPostgres().isPresent()) {
            Options.ExternalPostgres external = options.externalPostgres().get();
            database = new ServiceSpec.DatabaseTarget() {
                @Override
                public String url(String db) {
                    return external.databaseUrl(db);
                }

                @Override
                public String user() {
                    return external.user();
                }

                @Override
                public String password() {
                    return external.password();
                }
            };
            log("using the PostgreSQL server at " + external.url() + " as " + external.user());
            ensureDatabases(external.url(), external.user(), external.password());
        } else {
            PostgresServer server = new PostgresServer(dataDir, logsDir.resolve("postgres.log"));
            try {
                server.prepare();
                ProcessSlot slot = slot(
                        "postgres",
                        PostgresServer.PORT,
                        true,
                        server::relaunch,
                        p -> PostgresServer.awaitReady(p, Duration.ofSeconds(60), () -> stopping));
                ManagedProcess p = slot.launch();
                slot.awaitReady(p);
                log("PostgreSQL ready on localhost:" + PostgresServer.PORT + " after " + seconds(p.readySeconds())
                        + " (data: " + server.dataDirectory() + ")");
            } catch (Exception e) {
                throw failure("PostgreSQL", current("postgres"), e);
            }
            database = new ServiceSpec.DatabaseTarget() {
                @Override
                public String url(String db) {
                    return PostgresServer.jdbcUrl(db);
                }

                @Override
                public String user() {
                    return PostgresServer.USER;
                }

                @Override
                public String password() {
                    return PostgresServer.PASSWORD;
                }
            };
            ensureDatabases(PostgresServer.jdbcUrl("postgres"), PostgresServer.USER, PostgresServer.PASSWORD);
        }
        this.database = database;

        TokenIssuer started = TokenIssuer.start(
                dataDir.resolve("issuer").resolve("jwk.json"), ISSUER_PORT, ISSUER_URI, options.accessTokenTtl());
        synchronized (lock) {
            issuer = started;
            if (stopping) {
                started.close();
                throw new IllegalStateException("stopping");
            }
        }
        started.serve(StackControl.PATH, new StackControl(this::slots, STOP_TIMEOUT));
        log("token issuer ready on " + ISSUER_URI + " (key " + started.keyId() + "; sign-in access tokens valid "
                + options.accessTokenTtl().toSeconds() + " s)");

        kafkaReady.join();
    }

    private void ensureDatabases(String adminUrl, String user, String password) throws Exception {
        List<String> names = databaseNames();
        try {
            List<String> created = PostgresServer.ensureDatabases(adminUrl, user, password, names);
            if (!created.isEmpty()) {
                log("created databases " + String.join(", ", created));
            }
        } catch (java.sql.SQLException e) {
            throw new IOException(
                    "cannot create the databases " + names + " at " + adminUrl + " as " + user + ": " + e.getMessage());
        }
    }

    /** Each service's own database, then the person key store they all share. */
    static List<String> databaseNames() {
        List<String> names = new ArrayList<>(
                ServiceSpec.SERVICES.stream().map(ServiceSpec::database).toList());
        names.add(ServiceSpec.PERSON_KEYS_DATABASE);
        return names;
    }

    // ---------------------------------------------------------------- services

    private void startServices() throws Exception {
        List<ServiceSpec> wanted = new ArrayList<>();
        for (ServiceSpec spec : ServiceSpec.SERVICES) {
            if (options.wants(spec)) {
                wanted.add(spec);
            }
        }
        // the gateway after the services, the console after the gateway (each one answers its probes on its own)
        for (ServiceSpec spec : List.of(ServiceSpec.GATEWAY, ServiceSpec.CONSOLE)) {
            if (options.wants(spec)) {
                wanted.add(spec);
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        ServiceSpec.Infrastructure infra = new ServiceSpec.Infrastructure(
                database,
                KafkaBroker.BOOTSTRAP_SERVERS,
                ISSUER_URI,
                ISSUER_URI + "/.well-known/jwks.json",
                System.getenv().getOrDefault("PRIVACY_MASTER_KEY", ServiceSpec.DEV_PRIVACY_MASTER_KEY));
        List<String> jvmOpts = serviceJvmOptions();
        List<ManagedProcess> all = new ArrayList<>();
        for (ServiceSpec spec : wanted) {
            ProcessSlot slot = slot(
                    spec.name(),
                    spec.port(),
                    false,
                    () -> startService(spec, infra, jvmOpts),
                    p -> awaitReadiness(List.of(p)));
            all.add(slot.launch());
        }
        log("started "
                + String.join(", ", all.stream().map(ManagedProcess::name).toList())
                + "; waiting for /actuator/health/readiness (up to " + READY_TIMEOUT.toSeconds() + " s; logs in "
                + logsDir + ")");
        awaitReadiness(all);
    }

    private ManagedProcess startService(ServiceSpec spec, ServiceSpec.Infrastructure infra, List<String> jvmOpts)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaBin());
        command.addAll(jvmOpts);
        Path jar = repoRoot.resolve(spec.jarPath());
        Path logFile = logsDir.resolve(spec.name() + ".log");
        if (ClassDataArchive.enabled(System.getenv())) {
            command.addAll(ClassDataArchive.of(jar, javaBin(), jvmOpts).launchArguments(javaBin(), logFile));
        } else {
            command.add("-jar");
            command.add(jar.toString());
        }
        return ManagedProcess.start(
                spec.name(),
                spec.port(),
                command,
                spec.environment(infra, System.getenv()),
                logFile,
                repoRoot.resolve(spec.name()),
                "TERM");
    }

    static List<String> serviceJvmOptions() {
        String opts = System.getenv("ISPFLOW_JVM_OPTS");
        return List.of((opts == null || opts.isBlank() ? ServiceSpec.DEFAULT_JVM_OPTS : opts)
                .trim()
                .split("\\s+"));
    }

    private void awaitReadiness(List<ManagedProcess> processes) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(1))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        List<ManagedProcess> pending = new ArrayList<>(processes);
        while (!pending.isEmpty()) {
            if (stopping) {
                throw new IllegalStateException("stopping");
            }
            for (ManagedProcess p : List.copyOf(pending)) {
                if (!p.isAlive()) {
                    throw failure(
                            p.name(),
                            p,
                            new IOException("exited with code " + p.process().exitValue()));
                }
                if (isReady(http, p.port())) {
                    p.markReady();
                    pending.remove(p);
                    log(p.name() + " ready on :" + p.port() + " after " + seconds(p.readySeconds()));
                }
            }
            if (pending.isEmpty()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                ManagedProcess first = pending.get(0);
                throw failure(
                        first.name(),
                        first,
                        new IOException("not ready within " + READY_TIMEOUT.toSeconds() + " s (still waiting for "
                                + String.join(
                                        ", ",
                                        pending.stream()
                                                .map(ManagedProcess::name)
                                                .toList())
                                + ")"));
            }
            Thread.sleep(500); // polling the readiness probes, as a Kubernetes kubelet would
        }
    }

    static boolean isReady(HttpClient http, int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(
                            new URI("http://localhost:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2))
                    .GET()
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200
                    && STATUS_UP.matcher(response.body()).find();
        } catch (IOException | URISyntaxException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // ---------------------------------------------------------------- process registry and shutdown

    /** Registers a process of the stack; {@link ProcessSlot#launch()} starts it (again). */
    private ProcessSlot slot(
            String name,
            int port,
            boolean processTree,
            ProcessSlot.Launcher launcher,
            ProcessSlot.Readiness readiness) {
        ProcessSlot slot =
                new ProcessSlot(name, port, processTree, launcher, readiness, lock, () -> stopping, () -> up);
        synchronized (lock) {
            slots.put(name, slot);
        }
        return slot;
    }

    /** The processes in {@link #PROCESS_ORDER}. */
    Map<String, ProcessSlot> slots() {
        synchronized (lock) {
            Map<String, ProcessSlot> ordered = new LinkedHashMap<>();
            for (String name : PROCESS_ORDER) {
                ProcessSlot slot = slots.get(name);
                if (slot != null) {
                    ordered.put(name, slot);
                }
            }
            return ordered;
        }
    }

    /** The process running now under that name, or null. */
    private ManagedProcess current(String name) {
        ProcessSlot slot;
        synchronized (lock) {
            slot = slots.get(name);
        }
        return slot == null ? null : slot.current();
    }

    /** The shutdown order: console, gateway, services, Kafka, PostgreSQL, token issuer. Idempotent. */
    void stopAll() {
        List<ManagedProcess> console = new ArrayList<>();
        List<ManagedProcess> gw = new ArrayList<>();
        List<ManagedProcess> svc = new ArrayList<>();
        List<ManagedProcess> kf = new ArrayList<>();
        List<ManagedProcess> pg = new ArrayList<>();
        TokenIssuer iss;
        synchronized (lock) {
            if (stopping) {
                return;
            }
            stopping = true;
            for (ProcessSlot slot : slots.values()) {
                ManagedProcess p = slot.current();
                if (p != null) {
                    switch (slot.name()) {
                        case "console" -> console.add(p);
                        case "gateway" -> gw.add(p);
                        case "kafka" -> kf.add(p);
                        case "postgres" -> pg.add(p);
                        default -> svc.add(p);
                    }
                }
            }
            iss = issuer;
        }
        forever.countDown();
        OUT.println();
        log("stopping...");
        stop(console);
        stop(gw);
        stop(svc);
        stop(kf);
        stop(pg);
        if (iss != null) {
            iss.close();
        }
        OUT.println("stopped");
        OUT.flush();
    }

    private static void stop(List<ManagedProcess> processes) {
        List<ManagedProcess> alive =
                processes.stream().filter(ManagedProcess::isAlive).toList();
        if (alive.isEmpty()) {
            return;
        }
        log("stopping "
                + String.join(", ", alive.stream().map(ManagedProcess::name).toList()));
        alive.forEach(ManagedProcess::signalStop);
        // the waits overlap: at most STOP_TIMEOUT for the whole group
        List<Thread> waiters = new ArrayList<>();
        for (ManagedProcess p : alive) {
            Thread t = new Thread(() -> p.awaitStop(STOP_TIMEOUT), "stop-" + p.name());
            t.start();
            waiters.add(t);
        }
        for (Thread t : waiters) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Exception failure(String what, ManagedProcess process, Exception e) {
        if (stopping) {
            return e;
        }
        StringBuilder sb = new StringBuilder(what + ": " + e.getMessage());
        if (process != null) {
            sb.append("\n  last lines of ")
                    .append(process.logFile())
                    .append(":\n")
                    .append(process.tail(30));
        }
        return new IOException(sb.toString(), e);
    }

    // ---------------------------------------------------------------- summary

    private void printSummary() {
        List<String> lines = new ArrayList<>();
        Map<String, ProcessSlot> processes = slots();
        lines.add("");
        lines.add("ISPFlow local stack is up after " + seconds((System.nanoTime() - startNanos) / 1e9));
        lines.addAll(consoleBanner(processes.containsKey(ServiceSpec.CONSOLE.name())));
        lines.add(String.format("  %-20s %-6s %-8s %12s  %s", "process", "port", "pid", "ready after", "memory"));
        int firstRow = lines.size();
        for (ProcessSlot slot : processes.values()) {
            ManagedProcess p = slot.current();
            String memory;
            if (slot.name().equals("postgres")) {
                ProcessHandle h = p.process().toHandle();
                memory = ProcessInfo.mb(ProcessInfo.treeMemoryKb(h)) + " PSS ("
                        + ProcessInfo.mb(ProcessInfo.treeRssKb(h)) + " RSS summed over " + ProcessInfo.treeSize(h)
                        + " processes)";
            } else {
                memory = ProcessInfo.mb(ProcessInfo.rssKb(p.pid())) + " RSS";
            }
            lines.add(row(slot.name(), slot.port(), p, memory));
            if (slot.name().equals("kafka")) {
                lines.add(String.format(
                        "  %-20s %-6d %-8s %12s  %s", "token issuer", ISSUER_PORT, "-", "-", "(inside the launcher)"));
            }
        }
        if (options.externalPostgres().isPresent()) {
            lines.add(
                    firstRow,
                    String.format(
                            "  %-20s %s",
                            "postgres", options.externalPostgres().get().url() + " (external)"));
        }
        lines.add(String.format(
                "  %-20s %-6s %-8d %12s  %s",
                "launcher",
                "-",
                ProcessHandle.current().pid(),
                "-",
                ProcessInfo.mb(ProcessInfo.rssKb(ProcessHandle.current().pid())) + " RSS"));
        lines.add("");
        if (processes.containsKey(ServiceSpec.CONSOLE.name())) {
            lines.add("  Consola      " + ServiceSpec.CONSOLE.baseUrl() + "  (sign-in page: " + ISSUER_URI
                    + "/authorize; people: " + ISSUER_URI + "/users)");
        }
        if (processes.containsKey("gateway")) {
            lines.add("  Gateway      " + ServiceSpec.GATEWAY.baseUrl());
            lines.add("  Swagger UI   " + ServiceSpec.GATEWAY.baseUrl() + "/swagger-ui.html");
        }
        lines.add("  Logs         " + logsDir + "/<name>.log");
        String db = options.externalPostgres().isPresent()
                ? options.externalPostgres().get().databaseUrl("<db>") + "  user "
                        + options.externalPostgres().get().user()
                : PostgresServer.jdbcUrl("<db>") + "  user postgres, password postgres";
        lines.add("  PostgreSQL   " + db + "  (databases: " + String.join(", ", databaseNames()) + ")");
        lines.add("  Kafka        " + KafkaBroker.BOOTSTRAP_SERVERS);
        lines.add("  Tokens       " + ISSUER_URI + "/token?sub=ana&name=Ana&roles=SALES&zones=NORTE&ttl=3600"
                + "  (JWKS: " + ISSUER_URI + "/.well-known/jwks.json)");
        lines.add("  Control      " + ISSUER_URI
                + "/stack/processes  (POST .../<name>/kill, /stop, /start: fault drills)");
        lines.add("");
        Path tokensFile = dataDir.resolve("tokens.env");
        List<String> tokenLines = new ArrayList<>();
        for (DemoUser user : DEMO_USERS) {
            String token = issuer.mint(user.sub(), user.name(), user.roles(), user.zones(), TokenIssuer.DEFAULT_TTL);
            tokenLines.add(user.variable() + "=" + token);
        }
        try {
            writeTokens(tokensFile, tokenLines);
            lines.add("Demo tokens, valid " + TokenIssuer.DEFAULT_TTL.toHours() + " h (also in " + tokensFile
                    + ": set -a; . " + relative(tokensFile) + "; set +a):");
        } catch (IOException e) {
            lines.add("Demo tokens (could not write " + tokensFile + ": " + e.getMessage() + "):");
        }
        for (int i = 0; i < DEMO_USERS.size(); i++) {
            DemoUser u = DEMO_USERS.get(i);
            lines.add("  # " + u.sub() + " (" + u.name() + "): roles " + u.roles() + ", zones " + u.zones());
            lines.add("  " + tokenLines.get(i));
        }
        lines.add("");
        lines.add("Press Ctrl-C to stop everything.");
        lines.forEach(OUT::println);
        OUT.flush();
    }

    /**
     * The first lines of the summary when the console runs: where people open ISPFlow, and how they sign in (the dev
     * issuer's sign-in page lists the demo users; there are no passwords).
     */
    static List<String> consoleBanner(boolean withConsole) {
        if (!withConsole) {
            return List.of();
        }
        String bar = "  " + "=".repeat(72);
        return List.of(
                "",
                bar,
                "    Consola: " + ServiceSpec.CONSOLE.baseUrl(),
                "    Inicie sesión como un usuario de demostración ("
                        + String.join(
                                ", ", DEMO_USERS.stream().map(DemoUser::sub).toList())
                        + "): sin contraseña.",
                "    (Console: sign in as a demo user on the sign-in page; no passwords.)",
                bar,
                "");
    }

    private static String row(String name, int port, ManagedProcess p, String memory) {
        return String.format("  %-20s %-6d %-8d %12s  %s", name, port, p.pid(), seconds(p.readySeconds()), memory);
    }

    static void writeTokens(Path file, List<String> tokenLines) throws IOException {
        List<String> content = new ArrayList<>();
        content.add("# demo tokens written by local-stack at "
                + LocalDateTime.now().withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + ", valid "
                + TokenIssuer.DEFAULT_TTL.toHours() + " h; usage: set -a; . " + file.getFileName() + "; set +a");
        content.addAll(tokenLines);
        Files.write(file, content);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not POSIX
        }
    }

    private static String relative(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        return file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
    }

    // ---------------------------------------------------------------- helpers

    static String seconds(double s) {
        return Double.isNaN(s) ? "-" : String.format(Locale.ROOT, "%.1f s", s);
    }

    static void log(String message) {
        OUT.println("[local-stack] " + message);
        OUT.flush();
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The classpath for the Kafka JVM: {@code lib/*} next to local-stack.jar (java -jar), or the launcher's own
     * classpath (IDE, tests).
     */
    static String childClasspath() {
        String cp = System.getProperty("java.class.path");
        String[] entries = cp.split(File.pathSeparator);
        if (entries.length == 1 && entries[0].endsWith(".jar")) {
            Path jar = Path.of(entries[0]).toAbsolutePath();
            return jar.resolveSibling("lib") + File.separator + "*";
        }
        return cp;
    }

    /** The repository root: the directory above local-stack/ holding the launcher, else the working directory. */
    static Path findRepoRoot() {
        try {
            Path location = Path.of(LocalStack.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toAbsolutePath();
            for (Path p = location; p != null; p = p.getParent()) {
                if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("local-stack"))) {
                    return p;
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through
        }
        return Path.of("").toAbsolutePath();
    }
}
