package io.ispflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.catalog.demo.DemoCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import tools.jackson.databind.JsonNode;

/** The local profile loads the demo catalog at startup, once: running the loader again creates nothing. */
class DemoCatalogIT extends CatalogTestSupport {

    private static final String ENTITIES =
            """
            SELECT (SELECT count(*) FROM zones) + (SELECT count(*) FROM origins) + (SELECT count(*) FROM plans)
                 + (SELECT count(*) FROM recurring_items) + (SELECT count(*) FROM discounts)
                 + (SELECT count(*) FROM nodes)
            """;

    @Autowired
    DemoCatalog demoCatalog;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void shouldLoadTheDemoCatalogAtStartup() {
        assertThat(asSales()
                        .get("/api/catalog/zones/RURAL-ESTE")
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo("Rural Este");
        for (String origin : List.of("WEB", "TELEFONO", "FACEBOOK", "REFERIDO", "SUCURSAL")) {
            assertThat(asSales().get("/api/catalog/origins/" + origin).status()).isEqualTo(200);
        }
        JsonNode fibra = asSales().get("/api/catalog/plans/FIBRA-300").json();
        assertThat(fibra.get("technology").asString()).isEqualTo("FIBER");
        assertThat(fibra.get("currency").asString()).isEqualTo("ARS");
        assertThat(asSales()
                        .get("/api/catalog/plans/AIRE-20")
                        .json()
                        .get("technology")
                        .asString())
                .isEqualTo("WIRELESS");
        assertThat(asSales().get("/api/catalog/recurring-items/IP-FIJA").status())
                .isEqualTo(200);
        assertThat(asSales().get("/api/catalog/recurring-items/ROUTER-WIFI6").status())
                .isEqualTo(200);
        JsonNode promo = asSales().get("/api/catalog/discounts/PROMO-50-3M").json();
        assertThat(promo.get("value").decimalValue()).isEqualByComparingTo("50");
        assertThat(promo.get("durationMonths").asInt()).isEqualTo(3);
        for (String zone : List.of("NORTE", "SUR", "CENTRO", "RURAL-ESTE")) {
            assertThat(asSales()
                            .get("/api/catalog/nodes?active=true&zone=" + zone)
                            .json()
                            .get("total")
                            .asLong())
                    .as("nodes of %s", zone)
                    .isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void shouldCreateNothingWhenLoadedAgain() throws Exception {
        long entities = count(ENTITIES);
        long events = count("SELECT count(*) FROM outbox_event");
        String promoVersion =
                asSales().get("/api/catalog/discounts/PROMO-50-3M").header("ETag");

        demoCatalog.run(new DefaultApplicationArguments());
        demoCatalog.run(new DefaultApplicationArguments());

        assertThat(count(ENTITIES)).isEqualTo(entities);
        assertThat(count("SELECT count(*) FROM outbox_event")).isEqualTo(events);
        assertThat(asSales().get("/api/catalog/discounts/PROMO-50-3M").header("ETag"))
                .isEqualTo(promoVersion);
    }

    @Test
    void shouldQuoteTheDemoPromotion() {
        JsonNode quote = asSales()
                .post(
                        "/api/catalog/quotes",
                        Map.of(
                                "plan", "FIBRA-300",
                                "recurringItems", List.of("ROUTER-WIFI6"),
                                "discounts", List.of("PROMO-50-3M")))
                .json();

        assertThat(quote.get("period").asInt()).isEqualTo(3);
        assertThat(quote.get("monthlyTotal").decimalValue()).isEqualByComparingTo("15950.00"); // 24900 - 12450 + 3500
        assertThat(quote.get("firstInvoice").decimalValue()).isEqualByComparingTo("40950.00");
        assertThat(quote.get("regularMonthly").decimalValue()).isEqualByComparingTo("28400.00");
    }
}
