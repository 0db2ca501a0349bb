package io.ispflow.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * The real stack, started the way a developer starts it: the local-stack launcher as a child process
 * ({@code java -jar local-stack/target/local-stack.jar --fresh --data-dir ...}), which runs PostgreSQL,
 * Kafka, the dev token issuer, the five services and the gateway from their built jars. Stopping it is
 * a SIGTERM to the launcher, which stops its children in order.
 */
final class LocalStackProcess implements AutoCloseable {

    /** The launcher's fixed ports: gateway, services, token issuer, Kafka, embedded PostgreSQL. */
    static final Map<Integer, String> PORTS = Map.ofEntries(
            Map.entry(8080, "gateway"),
            Map.entry(8081, "catalog-service"),
            Map.entry(8082, "lead-service"),
            Map.entry(8083, "sales-desk-service"),
            Map.entry(8084, "order-service"),
            Map.entry(8085, "contract-service"),
            Map.entry(8086, "console"),
            Map.entry(9000, "dev token issuer"),
            Map.entry(9092, "Kafka"),
            Map.entry(9093, "Kafka controller"),
            Map.entry(15432, "embedded PostgreSQL"));

    static final List<String> MODULES = List.of(
            "catalog-service",
            "lead-service",
            "sales-desk-service",
            "order-service",
            "contract-service",
            "gateway",
            "console");

    private static final String UP_LINE = "ISPFlow local stack is up";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Path repoRoot;
    private final Path snapshot;
    private final Path dataDir;
    private final Path launcherLog;
    private Process launcher;

    LocalStackProcess(Path repoRoot, Path workDir) {
        this.repoRoot = repoRoot;
        this.snapshot = workDir.resolve("jars");
        this.dataDir = workDir.resolve("stack-data");
        this.launcherLog = workDir.resolve("local-stack.log");
    }

    /** Checks ports and jars, starts the launcher and waits until it reports the whole stack ready. */
    void start(Map<String, String> environment) {
        List<String> busy = PORTS.entrySet().stream()
                .filter(port -> !isFree(port.getKey()))
                .map(port -> port.getKey() + " (" + port.getValue() + ")")
                .sorted()
                .toList();
        if (!busy.isEmpty()) {
            fail("The end-to-end test runs the stack on fixed ports, but these are in use: " + busy
                    + ". Stop the other stack (./stack, docker compose) or whatever holds them, then rerun.");
        }
        Path launcherJar = repoRoot.resolve("local-stack/target/local-stack.jar");
        List<String> missing = new ArrayList<>();
        if (!Files.isRegularFile(launcherJar) || !Files.isDirectory(launcherJar.resolveSibling("lib"))) {
            missing.add("local-stack/target/local-stack.jar (+ lib/)");
        }
        MODULES.stream()
                .map(module -> module + "/target/" + module + ".jar")
                .filter(jar -> !Files.isRegularFile(repoRoot.resolve(jar)))
                .forEach(missing::add);
        if (!missing.isEmpty()) {
            fail("Missing " + missing + " under " + repoRoot
                    + ": run ./mvnw verify (the reactor builds them first) or ./mvnw -DskipTests package.");
        }
        try {
            Files.createDirectories(launcherLog.getParent());
            Path snapshotLauncher = takeSnapshot(launcherJar);
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(
                            java, "-jar", snapshotLauncher.toString(), "--fresh", "--data-dir", dataDir.toString())
                    .directory(snapshot.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(launcherLog.toFile());
            // the launcher passes its environment on to every service and the gateway
            builder.environment().putAll(environment);
            launcher = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the local-stack launcher", e);
        }
        Awaitility.await("the local stack to be up (launcher log: " + launcherLog + ")")
                .atMost(START_TIMEOUT)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    if (!launcher.isAlive()) {
                        fail("The local-stack launcher exited with " + launcher.exitValue() + " before the stack was"
                                + " up:\n" + tail(launcherLog, 40));
                    }
                    return launcherOutput().contains(UP_LINE);
                });
    }

    /**
     * Copies the launcher (with its lib/) and the six jars into a repository-shaped directory of their own,
     * and returns the copied launcher: the launcher finds the jars next to itself, and a module rebuilt
     * while the test runs (a developer's build, another job) cannot swap a jar under a running JVM.
     */
    private Path takeSnapshot(Path launcherJar) throws IOException {
        if (Files.exists(snapshot)) {
            try (Stream<Path> old = Files.walk(snapshot)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Path launcherDir = Files.createDirectories(snapshot.resolve("local-stack/target/lib"));
        try (Stream<Path> libs = Files.list(launcherJar.resolveSibling("lib"))) {
            for (Path lib : libs.toList()) {
                Files.copy(lib, launcherDir.resolve(lib.getFileName()));
            }
        }
        Path copiedLauncher = snapshot.resolve("local-stack/target/local-stack.jar");
        Files.copy(launcherJar, copiedLauncher);
        for (String module : MODULES) {
            Path jar = Path.of(module, "target", module + ".jar");
            Files.createDirectories(snapshot.resolve(jar).getParent());
            Files.copy(repoRoot.resolve(jar), snapshot.resolve(jar), StandardCopyOption.COPY_ATTRIBUTES);
        }
        // how the launcher recognises a repository root
        Files.writeString(snapshot.resolve("pom.xml"), "<!-- snapshot of the jars for the end-to-end test -->\n");
        return copiedLauncher;
    }

    String launcherOutput() {
        try {
            return Files.isRegularFile(launcherLog) ? Files.readString(launcherLog, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** The last lines of the launcher's output and of every process log, for a failure report. */
    String diagnostics(int lines) {
        StringBuilder out = new StringBuilder();
        out.append("==== ").append(launcherLog).append('\n').append(tail(launcherLog, lines));
        Path logs = dataDir.resolve("logs");
        if (Files.isDirectory(logs)) {
            try (Stream<Path> files = Files.list(logs)) {
                files.filter(file -> file.toString().endsWith(".log"))
                        .sorted()
                        .forEach(file ->
                                out.append("\n==== ").append(file).append('\n').append(tail(file, lines)));
            } catch (IOException e) {
                out.append("\n(cannot list ")
                        .append(logs)
                        .append(": ")
                        .append(e)
                        .append(')');
            }
        }
        return out.toString();
    }

    /** SIGTERM to the launcher (it stops the services, Kafka and PostgreSQL), then force if it hangs. */
    @Override
    public void close() {
        if (launcher == null || !launcher.isAlive()) {
            return;
        }
        launcher.destroy();
        try {
            if (!launcher.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                launcher.destroyForcibly();
                launcher.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static String tail(Path file, int lines) {
        try {
            // lenient decoding: a log may hold bytes that are not UTF-8
            List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())) + "\n";
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + file + ": " + e + ")\n";
        }
    }
}
