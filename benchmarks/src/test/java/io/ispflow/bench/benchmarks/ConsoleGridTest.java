package io.ispflow.bench.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.bench.stack.Http;
import io.ispflow.bench.stack.Tokens;
import org.junit.jupiter.api.Test;

class ConsoleGridTest {

    private static final String PAGE =
            """
            <main id="main"><h1>Leads</h1>
            <p class="count" role="status">1–20 de 1.012.337</p>
            <div class="table-wrap"><table class="grid"><caption>Leads</caption></table></div>
            </main>
            """;

    @Test
    void shouldReadTheTotalOfTheCountLineInEitherLanguage() {
        assertThat(ConsoleGrid.pageTotal(PAGE)).isEqualTo(1_012_337);
        assertThat(ConsoleGrid.pageTotal("<p class=\"count\" role=\"status\">21–40 of 2,380</p>"))
                .isEqualTo(2_380);
        assertThat(ConsoleGrid.pageTotal("<p class=\"count\">1–1 de 1</p>")).isEqualTo(1);
        assertThat(ConsoleGrid.pageTotal("<p class=\"empty\">No hay leads con estos filtros.</p>"))
                .isEqualTo(-1);
    }

    @Test
    void shouldCountOnlyAGridPageAsAnswered() {
        assertThat(ConsoleGrid.pageProblem(new Http.Response(200, PAGE, null, null)))
                .isNull();
        assertThat(ConsoleGrid.pageProblem(new Http.Response(302, "", null, null)))
                .isEqualTo("302");
        assertThat(ConsoleGrid.pageProblem(new Http.Response(0, null, null, "ConnectException")))
                .isEqualTo("no answer");
        assertThat(ConsoleGrid.pageProblem(new Http.Response(200, "<div class=\"alert\">problem</div>", null, null)))
                .isEqualTo("200 without the grid");
    }

    @Test
    void shouldAskTheSamePageOfTheSameQueryAtEitherPageSize() {
        GridQueries.GridQuery deep = new GridQueries.GridQuery("deep", GridQueries.NORTE, "", 100_000);
        GridQueries.GridQuery filtered =
                new GridQueries.GridQuery("zone", new Tokens.User("m", "MANAGER", ""), "zone=SUR&status=NEW", 0);

        assertThat(deep.query(50)).isEqualTo("page=2000&size=50");
        assertThat(deep.query(20)).isEqualTo("page=5000&size=20");
        assertThat(filtered.query(50)).isEqualTo("zone=SUR&status=NEW&size=50");
        assertThat(new GridQueries.GridQuery("newest", GridQueries.MANAGER, "", 0).query(20))
                .isEqualTo("size=20");
        assertThat(filtered.allZones()).isTrue();
        assertThat(deep.allZones()).isFalse();
    }

    @Test
    void shouldSayWhetherTheTargetIsMet() {
        assertThat(ConsoleGrid.verdict(149.9)).isEqualTo("met");
        assertThat(ConsoleGrid.verdict(150)).isEqualTo("met");
        assertThat(ConsoleGrid.verdict(150.1)).isEqualTo("MISSED");
        assertThat(ConsoleGrid.verdict(Double.NaN)).isEqualTo("no figure");
    }
}
