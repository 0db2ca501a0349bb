package io.ispflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessInfoTest {

    @Test
    void showsWhatAJvmRunsRatherThanItsOptions() {
        assertThat(ProcessInfo.abbreviateJava(List.of(
                        "/usr/bin/java", "-Xmx512m", "-cp", "/x/lib/*", "kafka.Kafka", "/d/kafka/server.properties")))
                .containsExactly("java", "kafka.Kafka", "/d/kafka/server.properties");
        assertThat(ProcessInfo.abbreviateJava(List.of("java", "-Xms64m", "-jar", "gateway/target/gateway.jar")))
                .containsExactly("java", "-jar", "gateway/target/gateway.jar");
        assertThat(ProcessInfo.abbreviateJava(List.of("postgres", "-D", "/d"))).containsExactly("postgres", "-D", "/d");
    }

    @Test
    void readsTheMemoryOfThisProcess() {
        long pid = ProcessHandle.current().pid();
        assertThat(ProcessInfo.rssKb(pid)).isPresent();
        assertThat(ProcessInfo.treeMemoryKb(ProcessHandle.current())).isPresent();
        assertThat(ProcessInfo.mb(ProcessInfo.rssKb(pid))).endsWith(" MB");
    }
}
