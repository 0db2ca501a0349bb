package io.ispflow.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Class data sharing for a service's JVM, so that a restart does not load and verify its twenty thousand classes
 * again: about 40 % of a service's start (catalog-service ready in 6.5-7 s instead of 11-12 s when restarted with
 * the stack running). Java 17 has no {@code -XX:+AutoCreateSharedArchive}, so the launcher does what it does:
 *
 * <ul>
 *   <li>The Boot jar is extracted once ({@code -Djarmode=tools extract}) into {@code target/cds/<key>/}: classes
 *       inside nested jars cannot be archived, classes on a plain classpath can.
 *   <li>The first run writes the archive when the JVM exits ({@code -XX:ArchiveClassesAtExit}), with every class
 *       the service loaded; it costs a few seconds at stop, nothing at start.
 *   <li>Later runs map it ({@code -XX:SharedArchiveFile}).
 * </ul>
 *
 * The key is a hash of the jar (size, modification time), the Java runtime and the JVM options, so a rebuilt jar
 * or another JDK gets a new directory and the old ones are removed. If the archive cannot be used the JVM says so
 * in the log and starts without it. {@code ISPFLOW_CDS=off} turns it off.
 */
final class ClassDataArchive {

    private static final String ARCHIVE = "classes.jsa";

    private final Path jar;
    private final Path directory;

    private ClassDataArchive(Path jar, Path directory) {
        this.jar = jar;
        this.directory = directory;
    }

    /** The archive of this jar under these JVM options, in {@code <jar's folder>/cds/<key>}. */
    static ClassDataArchive of(Path jar, String javaBin, List<String> jvmOptions) throws IOException {
        String identity = String.join(
                "\n",
                jar.toAbsolutePath().toString(),
                Long.toString(Files.size(jar)),
                Long.toString(Files.getLastModifiedTime(jar).toMillis()),
                javaBin,
                System.getProperty("java.runtime.version"),
                String.join(" ", jvmOptions));
        return new ClassDataArchive(jar, jar.getParent().resolve("cds").resolve(hash(identity)));
    }

    static boolean enabled(java.util.Map<String, String> env) {
        return !"off".equalsIgnoreCase(env.getOrDefault("ISPFLOW_CDS", "on").trim());
    }

    /**
     * The JVM arguments that run the jar: extracted, and with its archive when there is one, else writing it at
     * exit. Falls back to {@code -jar <the Boot jar>} when extraction fails (the reason goes to the log).
     */
    List<String> launchArguments(String javaBin, Path logFile) {
        Path extracted = extractedJar();
        List<String> args = new ArrayList<>();
        try {
            if (!Files.isRegularFile(extracted)) {
                extract(javaBin, logFile);
            }
        } catch (IOException | InterruptedException failed) {
            if (failed instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            note(logFile, "class data sharing off for this start: " + failed.getMessage());
            return List.of("-jar", jar.toString());
        }
        Path archive = directory.resolve(ARCHIVE);
        if (Files.isRegularFile(archive)) {
            args.add("-XX:SharedArchiveFile=" + archive);
        } else {
            args.add("-XX:ArchiveClassesAtExit=" + archive);
        }
        // classes the archive cannot hold (failed verification, old bytecode) are listed as warnings: not news
        args.add("-Xlog:cds=off");
        args.add("-Xlog:cds+dynamic=off");
        args.add("-jar");
        args.add(extracted.toString());
        return args;
    }

    /** Where the jar is extracted to: {@code <jar's folder>/cds/<key>/<jar's name>}. */
    Path extractedJar() {
        return directory.resolve(jar.getFileName());
    }

    private void extract(String javaBin, Path logFile) throws IOException, InterruptedException {
        Path parent = directory.getParent();
        if (Files.isDirectory(parent)) { // archives of earlier builds of this jar
            try (Stream<Path> old = Files.list(parent)) {
                for (Path stale : old.filter(p -> !p.equals(directory)).toList()) {
                    deleteRecursively(stale);
                }
            }
        }
        deleteRecursively(directory);
        Files.createDirectories(directory);
        Process process = new ProcessBuilder(
                        javaBin,
                        "-Djarmode=tools",
                        "-jar",
                        jar.toString(),
                        "extract",
                        "--destination",
                        directory.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            deleteRecursively(directory);
            throw new IOException("could not extract " + jar.getFileName());
        }
    }

    private static void note(Path logFile, String line) {
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(
                    logFile,
                    "[local-stack] " + line + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // the log is for people; the start goes on
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
