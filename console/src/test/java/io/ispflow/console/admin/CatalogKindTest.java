package io.ispflow.console.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogKindTest {

    @Test
    void numbersAreSentAsNumbersBlanksAsAbsentAndNonsenseAsTypedForTheCatalogToRefuse() {
        CatalogKind.Field price = CatalogKind.Field.decimal("monthlyPrice");
        CatalogKind.Field months = CatalogKind.Field.number("durationMonths");

        assertThat(price.value(Map.of("monthlyPrice", " 24900,50 "))).isEqualTo(new BigDecimal("24900.50"));
        assertThat(months.value(Map.of("durationMonths", "3"))).isEqualTo(3L);
        assertThat(months.value(Map.of("durationMonths", " "))).isNull();
        assertThat(months.value(Map.of("durationMonths", "tres"))).isEqualTo("tres");
    }

    @Test
    void everyListOfTheCatalogHasItsPath() {
        assertThat(CatalogKind.of("recurring-items")).contains(CatalogKind.RECURRING_ITEMS);
        assertThat(CatalogKind.of("nodes").orElseThrow().fields())
                .extracting(CatalogKind.Field::name)
                .contains("zone", "kind", "latitude");
        assertThat(CatalogKind.of("../leads")).isEmpty();
    }
}
