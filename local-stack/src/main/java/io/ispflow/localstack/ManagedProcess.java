package io.ispflow.localstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child process whose stdout and stderr are appended to a log file. It runs in its own session (through
 * {@code setsid} when available) so that Ctrl-C in the terminal reaches only the launcher, which then stops the children
 * in order.
 */
final class ManagedProcess {

    private static final Path SETSID = findExecutable("setsid");

    private final String name;
    private final int port;
    private final Path logFile;
    private final Process process;
    private final long startNanos = System.nanoTime();
    private final String stopSignal;
    private final long logOffset;
    private volatile long readyNanos;

    private ManagedProcess(String name, int port, Path logFile, Process process, String stopSignal, long logOffset) {
        this.name = name;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
        this.stopSignal = stopSignal;
        this.logOffset = logOffset;
    }

    /**
     * Starts the command.
     *
     * @param stopSignal the signal for a graceful stop: TERM, or INT for PostgreSQL's fast shutdown
     */
    static ManagedProcess start(
            String name,
            int port,
            List<String> command,
            Map<String, String> environment,
            Path logFile,
            Path workingDir,
            String stopSignal)
            throws IOException {
        Files.createDirectories(logFile.getParent());
        long logOffset = Files.exists(logFile) ? Files.size(logFile) : 0;
        String header = "%n===== %s: %s%n"
                .formatted(
                        LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), String.join(" ", command));
        Files.writeString(
                logFile,
                header,
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        List<String> full = new ArrayList<>();
        if (SETSID != null) {
            full.add(SETSID.toString());
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(environment);
        return new ManagedProcess(name, port, logFile, builder.start(), stopSignal, logOffset);
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    Path logFile() {
        return logFile;
    }

    Process process() {
        return process;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    void markReady() {
        readyNanos = System.nanoTime();
    }

    /** Seconds from start to ready, or NaN when not ready. */
    double readySeconds() {
        return readyNanos == 0 ? Double.NaN : (readyNanos - startNanos) / 1e9;
    }

    double ageSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Sends the graceful stop signal (does not wait). */
    void signalStop() {
        if (!process.isAlive()) {
            return;
        }
        if ("TERM".equals(stopSignal)) {
            process.destroy();
        } else {
            signal(stopSignal);
        }
    }

    /** Waits up to the timeout for the process to end after {@link #signalStop()}, then kills it. */
    void awaitStop(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                System.out.println("[local-stack] " + name + " did not stop within "
                        + LocalStack.seconds(timeout.toMillis() / 1000.0) + ", killing it");
                if (!"TERM".equals(stopSignal)) {
                    signal("QUIT"); // PostgreSQL: immediate shutdown, children included
                    process.waitFor(3, TimeUnit.SECONDS);
                }
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    void stop(Duration timeout) {
        signalStop();
        awaitStop(timeout);
    }

    private void signal(String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines this process wrote to its log file. */
    String tail(int lines) {
        return tail(logFile, lines, logOffset);
    }

    static String tail(Path file, int lines) {
        return tail(file, lines, 0);
    }

    static String tail(Path file, int lines, long notBefore) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            long from = Math.max(Math.min(notBefore, length), length - 64 * 1024);
            raf.seek(from);
            byte[] buffer = new byte[(int) (length - from)];
            raf.readFully(buffer);
            String[] all = new String(buffer, StandardCharsets.UTF_8).split("\r?\n");
            // a partial first line only when the window starts in the middle of the file
            int start = Math.max(from == 0 || from == notBefore ? 0 : 1, all.length - lines);
            StringBuilder sb = new StringBuilder();
            for (int i = start; i < all.length; i++) {
                sb.append("    | ").append(all[i]).append('\n');
            }
            return sb.toString();
        } catch (IOException e) {
            return "    (no log: " + e.getMessage() + ")\n";
        }
    }

    static Path findExecutable(String name) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : (path + ":/usr/bin:/bin").split(":")) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
