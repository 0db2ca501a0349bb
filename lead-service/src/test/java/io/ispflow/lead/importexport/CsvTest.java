package io.ispflow.lead.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void shouldNeutraliseCellsASpreadsheetWouldRunAsFormulas() {
        assertThat(CsvWriter.cell("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(CsvWriter.cell("+54 11 4444-5555")).isEqualTo("'+54 11 4444-5555");
        assertThat(CsvWriter.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvWriter.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvWriter.cell("\tTAB")).isEqualTo("'\tTAB");
        assertThat(CsvWriter.cell("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(CsvWriter.cell("Juan = Pedro")).isEqualTo("Juan = Pedro");
    }

    @Test
    void shouldQuoteFieldsWithDelimitersQuotesOrLineBreaks() {
        assertThat(CsvWriter.cell("Pérez, Juan")).isEqualTo("\"Pérez, Juan\"");
        assertThat(CsvWriter.cell("dice \"hola\"")).isEqualTo("\"dice \"\"hola\"\"\"");
        assertThat(CsvWriter.cell("uno\ndos")).isEqualTo("\"uno\ndos\"");
        assertThat(CsvWriter.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(CsvWriter.cell(null)).isEmpty();
    }

    @Test
    void shouldReadBackWhatItWrites() throws IOException {
        List<String> row = List.of("Pérez, Juan", "dice \"hola\"", "uno\r\ndos", "", "=1+1");
        StringWriter out = new StringWriter();
        CsvWriter writer = new CsvWriter(out);
        writer.row(row);
        writer.row("último", "x");

        List<List<String>> read = readAll(out.toString(), ',');

        assertThat(read).hasSize(2);
        assertThat(read.get(0)).containsExactly("Pérez, Juan", "dice \"hola\"", "uno\r\ndos", "", "'=1+1");
        assertThat(ImportFile.unneutralised(read.get(0).get(4))).isEqualTo("=1+1");
        assertThat(read.get(1)).containsExactly("último", "x");
    }

    @Test
    void shouldReadSemicolonsLfLineEndsAndAMissingLastLineEnd() throws IOException {
        assertThat(CsvReader.detectDelimiter("nombre;zona;email")).isEqualTo(';');
        assertThat(CsvReader.detectDelimiter("name,zone")).isEqualTo(',');
        assertThat(readAll("a;\"b;c\"\nd;e", ';')).containsExactly(List.of("a", "b;c"), List.of("d", "e"));
    }

    @Test
    void shouldRefuseAQuotedFieldThatNeverCloses() {
        assertThatThrownBy(() -> readAll("a,\"b\n", ',')).isInstanceOf(CsvReader.CsvFormatException.class);
    }

    @Test
    void shouldKeepAnApostropheThatDoesNotGuardAFormula() {
        assertThat(ImportFile.unneutralised("'quoted'")).isEqualTo("'quoted'");
        assertThat(ImportFile.unneutralised("'+54 11")).isEqualTo("+54 11");
    }

    private static List<List<String>> readAll(String csv, char delimiter) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(csv), delimiter);
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
        }
        return rows;
    }
}
