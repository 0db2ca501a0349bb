package io.ispflow.lead.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ispflow.platform.problem.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What an upload's header may be, checked before anything is stored. */
class ImportFileTest {

    @Test
    void shouldAcceptAHeaderOfAtMostTheMaximumOfColumns() {
        ImportFile file = ImportFile.parse(header(ImportFile.MAX_COLUMNS));

        assertThat(file.ignoredColumns()).hasSize(ImportFile.MAX_COLUMNS - 1);
    }

    @Test
    void shouldRefuseAWiderHeaderNamingTheLimit() {
        assertThatThrownBy(() -> ImportFile.parse(header(ImportFile.MAX_COLUMNS + 1)))
                .isInstanceOf(BadRequestException.class)
                .satisfies(refused -> assertThat(((BadRequestException) refused)
                                .toProblemDetail()
                                .getProperties()
                                .get("errors")
                                .toString())
                        .contains("file", "101 columns", "at most 100"));
    }

    @Test
    void shouldStoreAsManyIgnoredColumnsAsFitTheirDatabaseColumn() {
        List<String> columns = IntStream.range(0, 99)
                .mapToObj(i -> "Una columna propia bastante larga número " + i)
                .toList();

        String stored = ImportStore.ignoredColumnsText(columns);

        assertThat(stored.length()).isLessThanOrEqualTo(2000);
        assertThat(stored).startsWith(columns.get(0) + ",").endsWith(" more");
        assertThat(ImportStore.ignoredColumnsText(List.of("a", "b"))).isEqualTo("a,b");
    }

    private static byte[] header(int columns) {
        StringBuilder header = new StringBuilder("name");
        for (int i = 1; i < columns; i++) {
            header.append(",extra").append(i);
        }
        return (header + "\r\nAna\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
