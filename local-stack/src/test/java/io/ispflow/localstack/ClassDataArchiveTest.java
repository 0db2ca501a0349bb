package io.ispflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

    private static final List<String> OPTS = List.of("-Xmx384m", "-XX:+UseSerialGC");

    @TempDir
    Path target;

    @Test
    void theFirstRunWritesTheArchiveAtExitAndLaterRunsMapIt() throws Exception {
        Path jar = Files.writeString(target.resolve("lead-service.jar"), "boot jar");
        Path log = target.resolve("lead-service.log");
        ClassDataArchive archive = ClassDataArchive.of(jar, "java", OPTS);
        Path extracted = archive.extractedJar();
        Files.createDirectories(extracted.getParent());
        Files.writeString(extracted, "extracted jar");

        List<String> first = archive.launchArguments("java", log);
        assertThat(first).contains("-jar", extracted.toString());
        Path jsa = extracted.resolveSibling("classes.jsa");
        assertThat(first).contains("-XX:ArchiveClassesAtExit=" + jsa);

        Files.writeString(jsa, "archive");
        assertThat(archive.launchArguments("java", log))
                .contains("-XX:SharedArchiveFile=" + jsa)
                .doesNotContain("-XX:ArchiveClassesAtExit=" + jsa);
    }

    @Test
    void aRebuiltJarAnotherJdkOrOtherOptionsGetAnArchiveOfTheirOwn() throws Exception {
        Path jar = Files.writeString(target.resolve("gateway.jar"), "boot jar");
        Path before = ClassDataArchive.of(jar, "java", OPTS).extractedJar();

        Files.setLastModifiedTime(
                jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
        assertThat(ClassDataArchive.of(jar, "java", OPTS).extractedJar()).isNotEqualTo(before);
        assertThat(ClassDataArchive.of(jar, "/opt/jdk-25/bin/java", OPTS).extractedJar())
                .isNotEqualTo(before);
        assertThat(ClassDataArchive.of(jar, "java", List.of("-Xmx1g")).extractedJar())
                .isNotEqualTo(before);
    }

    @Test
    void withoutAnExtractableJarTheServiceStartsFromItsBootJar() throws Exception {
        Path jar = Files.writeString(target.resolve("order-service.jar"), "not a jar");
        Path log = target.resolve("order-service.log");

        List<String> args = ClassDataArchive.of(jar, "java", OPTS).launchArguments("java", log);

        assertThat(args).containsExactly("-jar", jar.toString());
        assertThat(Files.readString(log)).contains("class data sharing off for this start");
    }

    @Test
    void isOnUnlessTurnedOff() {
        assertThat(ClassDataArchive.enabled(Map.of())).isTrue();
        assertThat(ClassDataArchive.enabled(Map.of("ISPFLOW_CDS", "off"))).isFalse();
    }
}
