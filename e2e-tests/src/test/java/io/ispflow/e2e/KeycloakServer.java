package io.ispflow.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A real Keycloak, run from its distribution on Maven Central (org.keycloak:keycloak-quarkus-dist, unpacked into
 * target/keycloak by the build) with the project's realm file, on port 8180 as in docker-compose. Keycloak needs a
 * JDK 21+: the test takes {@code ispflow.keycloak.java-home}, else {@code KEYCLOAK_JAVA_HOME}, else the newest
 * JDK 21+ under /usr/lib/jvm.
 */
final class KeycloakServer implements AutoCloseable {

    static final int PORT = 8180;
    /** Keycloak's management interface defaults to 9000, the dev issuer's port: moved out of the way. */
    static final int MANAGEMENT_PORT = 9190;

    static final String ISSUER = "http://localhost:" + PORT + "/realms/ispflow";

    private final Path home;
    private final Path log;
    private Process process;

    private KeycloakServer(Path home, Path log) {
        this.home = home;
        this.log = log;
    }

    /** The unpacked distribution, or empty when the build did not unpack it. */
    static Optional<Path> distribution(Path repoRoot) {
        Path unpacked = repoRoot.resolve("e2e-tests/target/keycloak");
        if (!Files.isDirectory(unpacked)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(unpacked)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("bin/kc.sh"))).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JDK 21 or newer to run Keycloak with, or empty. */
    static Optional<Path> javaHome() {
        for (String configured :
                new String[] {System.getProperty("ispflow.keycloak.java-home"), System.getenv("KEYCLOAK_JAVA_HOME")}) {
            if (configured != null && !configured.isBlank() && majorVersion(Path.of(configured)) >= 21) {
                return Optional.of(Path.of(configured));
            }
        }
        if (Runtime.version().feature() >= 21) {
            return Optional.of(Path.of(System.getProperty("java.home")));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> candidates = Files.list(jvms)) {
            return candidates
                    .filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")) && !Files.isSymbolicLink(jdk))
                    .filter(jdk -> majorVersion(jdk) >= 21)
                    .max(Comparator.comparingInt(KeycloakServer::majorVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int majorVersion(Path jdk) {
        Path release = jdk.resolve("release");
        try {
            Matcher version = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Starts Keycloak in development mode with the realm imported, and waits until the realm answers. */
    static KeycloakServer start(Path distribution, Path javaHome, Path realm, Path workDir) {
        try {
            Path imports = distribution.resolve("data/import");
            Files.createDirectories(imports);
            Files.copy(realm, imports.resolve("realm-ispflow.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(workDir);
            KeycloakServer server = new KeycloakServer(distribution, workDir.resolve("keycloak.log"));
            // through bash: an unpacked zip does not always keep the script's executable bit
            ProcessBuilder builder = new ProcessBuilder(
                            "bash",
                            distribution.resolve("bin/kc.sh").toString(),
                            "start-dev",
                            "--http-port=" + PORT,
                            "--http-management-port=" + MANAGEMENT_PORT,
                            "--import-realm",
                            "--hostname=http://localhost:" + PORT,
                            "--hostname-backchannel-dynamic=true")
                    .redirectErrorStream(true)
                    .redirectOutput(server.log.toFile());
            builder.environment().put("JAVA_HOME", javaHome.toString());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx512m");
            server.process = builder.start();
            server.awaitRealm(Duration.ofMinutes(4));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitRealm(Duration timeout) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(ISSUER + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .build();
        try {
            Awaitility.await("Keycloak's realm")
                    .atMost(timeout)
                    .pollInterval(Duration.ofMillis(500))
                    .ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("Keycloak stopped while starting:\n" + tail(60));
                        }
                        return http.send(discovery, HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                == 200;
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("Keycloak's realm did not answer within " + timeout + ":\n" + tail(60), e);
        }
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Path home() {
        return home;
    }
}
