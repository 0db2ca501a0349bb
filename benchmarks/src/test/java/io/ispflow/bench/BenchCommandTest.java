package io.ispflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ispflow.bench.benchmarks.Benchmark;
import io.ispflow.bench.drills.Drill;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void shouldRunEverythingAtFullSizeByDefault() {
        Bench.Command command = Bench.Command.parse();

        assertThat(command.sizes().name()).isEqualTo("full");
        assertThat(command.benchmarks().stream().map(Benchmark::name))
                .containsExactly("gateway", "intake", "pipeline", "search", "console", "import", "startup");
        assertThat(command.drills().stream().map(Drill::name))
                .containsExactly("kafka", "order-kill", "postgres", "catalog", "poison");
    }

    @Test
    void shouldPickShortSizesAndNamedParts() {
        Bench.Command command = Bench.Command.parse("--short", "search", "import", "--report", "out.md");

        assertThat(command.sizes().name()).isEqualTo("short");
        assertThat(command.sizes().drillSubmissions()).isEqualTo(100);
        assertThat(command.benchmarks().stream().map(Benchmark::name)).containsExactly("search", "import");
        assertThat(command.drills()).isEmpty();
        assertThat(command.reportFile()).isEqualTo(Path.of("out.md"));
    }

    @Test
    void shouldRunTheConsoleBenchmarkAlone() {
        Bench.Command command = Bench.Command.parse("console", "--short");

        assertThat(command.benchmarks().stream().map(Benchmark::name)).containsExactly("console");
        assertThat(command.drills()).isEmpty();
        assertThat(command.sizes().leads()).isEqualTo(20_000);
    }

    @Test
    void shouldRunOnlyTheNamedDrills() {
        Bench.Command command = Bench.Command.parse("drill", "kafka", "poison");

        assertThat(command.benchmarks()).isEmpty();
        assertThat(command.drills().stream().map(Drill::name)).containsExactly("kafka", "poison");
    }

    @Test
    void shouldRefuseUnknownWords() {
        assertThatThrownBy(() -> Bench.Command.parse("drill", "flood"))
                .hasMessageContaining("unknown drill flood")
                .hasMessageContaining("order-kill");
        assertThatThrownBy(() -> Bench.Command.parse("speed")).hasMessageContaining("unknown command speed");
        assertThatThrownBy(() -> Bench.Command.parse("--fast")).hasMessageContaining("unknown option --fast");
        assertThatThrownBy(() -> Bench.Command.parse("drill")).hasMessageContaining("drill needs a name");
    }

    @Test
    void shouldAnswerUsageErrorsAndHelpWithoutTouchingTheStack() {
        assertThat(Bench.run("--help")).isEqualTo(Bench.OK);
        assertThat(Bench.run("--nonsense")).isEqualTo(Bench.USAGE);
    }
}
