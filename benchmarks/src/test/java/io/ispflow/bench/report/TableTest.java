package io.ispflow.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableTest {

    @Test
    void shouldRenderMarkdownWithRightAlignedNumbers() {
        Table table = new Table("path", "requests>", "p99 ms>")
                .row("direct", 12345L, 3.14159)
                .row("gateway", 7, Double.NaN);

        assertThat(table.lines())
                .containsExactly(
                        "| path | requests | p99 ms |",
                        "|---|---:|---:|",
                        "| direct | 12,345 | 3.14 |",
                        "| gateway | 7 | - |");
    }

    @Test
    void shouldFormatNumbersAsPeopleReadThem() {
        assertThat(Table.format(1234.5)).isEqualTo("1,235");
        assertThat(Table.format(42.25)).isEqualTo("42.3");
        assertThat(Table.format(0.123)).isEqualTo("0.12");
        assertThat(Table.format(1_000_000L)).isEqualTo("1,000,000");
        assertThat(Table.format(null)).isEqualTo("-");
        assertThat(Table.format("a|b")).isEqualTo("a\\|b");
    }

    @Test
    void shouldRefuseARowOfTheWrongWidth() {
        assertThatThrownBy(() -> new Table("a", "b").row("only one")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldPrintAndKeepEveryLineOfTheReport(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Report report = new Report(new PrintStream(console, true, StandardCharsets.UTF_8));

        report.line("# title");
        report.heading("Section");
        report.line("%d leads", 3);
        report.progress("not kept");
        report.table(new Table("a>").row(1));
        Path file = dir.resolve("out/report.md");
        report.write(file);

        assertThat(Files.readAllLines(file))
                .containsExactly("# title", "", "## Section", "", "3 leads", "", "| a |", "|---:|", "| 1 |", "");
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("3 leads", "not kept");
    }
}
