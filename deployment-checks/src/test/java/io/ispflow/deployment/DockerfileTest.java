package io.ispflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of the Dockerfile without a Docker engine: it builds every deployable, extracts Spring Boot's
 * layers into a JRE image, runs as a non-root user with container-aware memory settings.
 */
class DockerfileTest {

    private final String dockerfile = Repository.get().read("Dockerfile");
    private final List<String> deployables = Repository.get().deployables().stream()
            .map(Repository.Deployable::name)
            .toList();

    @Test
    void shouldBuildEveryDeployableInTheSharedBuildStage() {
        Matcher pl = Pattern.compile("-pl\\s+(\\S+)").matcher(dockerfile);
        assertThat(pl.find()).as("the Maven build names its modules with -pl").isTrue();
        assertThat(List.of(pl.group(1).split(","))).containsExactlyInAnyOrderElementsOf(deployables);
        for (String d : deployables) {
            assertThat(dockerfile).contains(d + "/target/" + d + ".jar");
        }
        assertThat(dockerfile).contains("FROM eclipse-temurin:17-jdk").contains("./mvnw");
    }

    @Test
    void shouldRunTheLayeredJarAsNonRootWithContainerMemorySettings() {
        assertThat(dockerfile)
                .contains("-Djarmode=tools")
                .contains("extract --layers --launcher")
                .contains("FROM eclipse-temurin:17-jre")
                .contains("-XX:MaxRAMPercentage=75")
                .contains("-XX:+ExitOnOutOfMemoryError")
                .contains("org.springframework.boot.loader.launch.JarLauncher");
        for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
            assertThat(dockerfile).contains("extracted/" + layer + "/");
        }
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(dockerfile);
        String last = null;
        while (user.find()) {
            last = user.group(1);
        }
        assertThat(last)
                .as("the runtime user")
                .isNotNull()
                .doesNotStartWith("root")
                .doesNotStartWith("0");
        assertThat(last.split(":")[0])
                .as("a numeric uid, so runAsNonRoot can verify it")
                .matches("\\d+");
    }

    @Test
    void shouldUseTheImageUserInKubernetes() {
        String uid = dockerfile.replaceAll("(?s).*\\nUSER\\s+(\\d+).*", "$1");
        for (String overlay : Manifests.overlays()) {
            for (var deployment : Manifests.ofKind(Manifests.render(overlay), "Deployment")) {
                assertThat(deployment
                                .at("/spec/template/spec/securityContext/runAsUser")
                                .asText())
                        .as(overlay + " " + Manifests.name(deployment))
                        .isEqualTo(uid);
            }
        }
    }

    @Test
    void shouldKeepBuildOutputAndLocalStateOutOfTheContext() {
        String ignore = Repository.get().read(".dockerignore");
        assertThat(ignore).contains(".git").contains(".local-stack").contains("**/target");
        for (String d : deployables) {
            assertThat(ignore).contains("!" + d + "/target/" + d + ".jar");
        }
    }
}
