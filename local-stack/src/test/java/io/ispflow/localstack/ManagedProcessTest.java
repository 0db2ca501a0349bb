package io.ispflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagedProcessTest {

    @TempDir
    Path dir;

    @Test
    void appendsOutputToTheLogAndStopsOnSigterm() throws Exception {
        Path log = dir.resolve("logs").resolve("demo.log");
        ManagedProcess p = ManagedProcess.start(
                "demo",
                0,
                List.of("sh", "-c", "echo hello $GREETING; echo $GREETING-on-stderr >&2; exec sleep 60"),
                Map.of("GREETING", "world"),
                log,
                dir,
                "TERM");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(log).contains("world-on-stderr"));
        assertThat(p.isAlive()).isTrue();
        assertThat(p.tail(5)).contains("| hello world").contains("| world-on-stderr");
        assertThat(ProcessInfo.rssKb(p.pid())).isPresent();

        p.stop(Duration.ofSeconds(10));
        assertThat(p.isAlive()).isFalse();
        // 128 + 15: it ended on SIGTERM, not on the SIGKILL that follows a stop timeout
        assertThat(p.process().exitValue()).isEqualTo(143);
    }

    @Test
    void killsAProcessThatIgnoresTheStopSignal() throws Exception {
        ManagedProcess p = ManagedProcess.start(
                "stubborn",
                0,
                List.of("sh", "-c", "trap '' TERM; echo ready; while true; do sleep 1; done"),
                Map.of(),
                dir.resolve("stubborn.log"),
                dir,
                "TERM");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Files.readString(dir.resolve("stubborn.log")).contains("ready"));
        p.stop(Duration.ofMillis(500));
        assertThat(p.isAlive()).isFalse();
    }
}
