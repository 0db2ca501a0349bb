package io.ispflow.catalog.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ispflow.platform.problem.BadRequestException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static Money ars(String amount) {
        return new Money(new BigDecimal(amount), "ARS");
    }

    @Test
    void shouldKeepTwoDecimals() {
        assertThat(ars("100").amount()).isEqualTo(new BigDecimal("100.00"));
        assertThat(ars("1.5").plus(ars("2.25")).amount()).isEqualTo(new BigDecimal("3.75"));
    }

    @Test
    void shouldRoundPercentagesHalfEven() {
        assertThat(ars("10.25").percent(new BigDecimal("50")).amount()).isEqualTo(new BigDecimal("5.12"));
        assertThat(ars("10.35").percent(new BigDecimal("50")).amount()).isEqualTo(new BigDecimal("5.18"));
        assertThat(ars("0.01").percent(new BigDecimal("50")).amount()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void shouldRefuseToMixCurrencies() {
        assertThatThrownBy(() -> ars("1").plus(new Money(BigDecimal.ONE, "USD")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseUserAmountsWithMoreThanTwoDecimalsNegativeOrInAnUnknownCurrency() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("1.001"), "ARS", "price"))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> Money.of(new BigDecimal("-1"), "ARS", "price"))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, "XYZ", "price")).isInstanceOf(BadRequestException.class);
        assertThat(Money.of(new BigDecimal("1.10"), "ARS", "price")).isEqualTo(ars("1.1"));
    }
}
