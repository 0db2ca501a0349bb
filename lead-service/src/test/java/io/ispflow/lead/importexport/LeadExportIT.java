package io.ispflow.lead.importexport;

import static io.ispflow.lead.LeadFixtures.aLead;
import static io.ispflow.lead.TestUser.ANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.lead.LeadFixtures;
import io.ispflow.lead.LeadTestSupport;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The grid's leads as a CSV file a spreadsheet opens safely. */
class LeadExportIT extends LeadTestSupport {

    @Test
    void shouldExportTheFilteredLeadsAsSafeCsv() throws IOException {
        String tag = LeadFixtures.uniqueTag();
        String dangerous = id(createLead(
                ANA,
                aLead().named("=HYPERLINK(\"http://evil.example\",\"clic\")")
                        .inCampaign(tag)
                        .withPhone("+54 11 4444-2222")
                        .with("notes", "línea 1\nlínea 2, con \"comillas\"")));
        createLead(ANA, aLead().inCampaign(tag).with("channel", "@mostrador"));
        createLead(ANA, aLead().inCampaign(LeadFixtures.uniqueTag()));

        var response = as(ANA).get("/api/leads/export?campaign=" + tag);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.header("Content-Disposition")).startsWith("attachment; filename=\"leads-");
        assertThat(response.body()).startsWith("\uFEFFid,name,");
        List<List<String>> rows = parse(response.body().substring(1));
        assertThat(rows.get(0)).isEqualTo(LeadCsv.EXPORT);
        assertThat(rows).hasSize(3);
        List<String> first = rows.stream()
                .filter(row -> row.get(0).equals(dangerous))
                .findFirst()
                .orElseThrow();
        assertThat(first.get(column("name"))).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"clic\")");
        assertThat(first.get(column("phone"))).isEqualTo("'+54 11 4444-2222");
        assertThat(first.get(column("notes"))).isEqualTo("línea 1\nlínea 2, con \"comillas\"");
        assertThat(first.get(column("zone"))).isEqualTo("NORTE");
        assertThat(first.get(column("status"))).isEqualTo("NEW");
        assertThat(rows.get(1).get(column("channel")) + rows.get(2).get(column("channel")))
                .contains("'@mostrador");
    }

    @Test
    void shouldRefuseAFilterItCannotApplyBeforeWritingAnything() {
        var response = as(ANA).get("/api/leads/export?status=PERDIDO");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("Content-Disposition")).isNull();
    }

    @Test
    void shouldExportAnEmptyResultAsTheHeaderAlone() throws IOException {
        var response = as(ANA).get("/api/leads/export?campaign=" + LeadFixtures.uniqueTag());

        assertThat(parse(response.body().substring(1))).containsExactly(LeadCsv.EXPORT);
        assertThat(count("SELECT count(*) FROM lead WHERE campaign = 'none'", Map.of()))
                .isZero();
    }

    private static int column(String name) {
        return LeadCsv.EXPORT.indexOf(name);
    }

    private static List<List<String>> parse(String csv) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(csv), ',');
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
        }
        return rows;
    }
}
