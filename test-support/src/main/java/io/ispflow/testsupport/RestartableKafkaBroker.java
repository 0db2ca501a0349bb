package io.ispflow.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A broker a test can kill and bring back on the same address with the same data, to prove that
 * nothing is lost while Kafka is down. A real single-node KRaft broker in a separate JVM (from the
 * Kafka jars on the test classpath), killed with SIGKILL, as a crashed broker would be.
 */
public final class RestartableKafkaBroker implements AutoCloseable {

    private final int port;
    private final int controllerPort;
    private final Path directory;
    private Process process;

    private RestartableKafkaBroker(int port, int controllerPort, Path directory) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.directory = directory;
    }

    /** Formats a new single-node cluster on free ports and starts it. */
    public static RestartableKafkaBroker start() {
        try {
            var broker = new RestartableKafkaBroker(freePort(), freePort(), Files.createTempDirectory("kafka-broker"));
            broker.format();
            broker.restart();
            return broker;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Kills the broker process at once (no controlled shutdown). */
    public void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts the broker again on the same ports and data, and waits until it answers. */
    public void restart() {
        try {
            process = java("kafka.Kafka", properties().toString())
                    .redirectOutput(directory.resolve("broker.log").toFile())
                    .start();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        awaitReady(Duration.ofSeconds(60));
    }

    @Override
    public void close() {
        kill();
    }

    private void format() throws IOException {
        Files.writeString(
                properties(),
                """
                process.roles=broker,controller
                node.id=1
                controller.quorum.bootstrap.servers=localhost:%2$d
                listeners=PLAINTEXT://localhost:%1$d,CONTROLLER://localhost:%2$d
                advertised.listeners=PLAINTEXT://localhost:%1$d
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                auto.create.topics.enable=true
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=3
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                group.initial.rebalance.delay.ms=0
                """
                        .formatted(port, controllerPort, directory.resolve("data")));
        try {
            Process formatting = java(
                            "kafka.tools.StorageTool",
                            "format",
                            "--cluster-id",
                            Uuid.randomUuid().toString(),
                            "--config",
                            properties().toString(),
                            "--standalone")
                    .redirectOutput(directory.resolve("format.log").toFile())
                    .start();
            if (!formatting.waitFor(2, TimeUnit.MINUTES) || formatting.exitValue() != 0) {
                throw new IOException(
                        "Formatting the broker storage failed: " + Files.readString(directory.resolve("format.log")));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException(interrupted);
        }
    }

    private ProcessBuilder java(String mainClass, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new java.util.ArrayList<>(
                List.of(java, "-Xmx384m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    private Path properties() {
        return directory.resolve("server.properties");
    }

    private void awaitReady(Duration timeout) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(config)) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The broker exited; see " + directory.resolve("broker.log"));
                }
                try {
                    admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    // still starting
                }
            }
        }
        throw new IllegalStateException("The broker did not start within " + timeout);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
