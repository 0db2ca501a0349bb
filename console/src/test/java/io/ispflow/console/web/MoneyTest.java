package io.ispflow.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class MoneyTest {

    private final Money money = new Money();

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void spanishGroupsWithDotsAndKeepsTwoDecimals() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        assertThat(money.of("ARS", new BigDecimal("14900.5"))).isEqualTo("ARS 14.900,50");
    }

    @Test
    void englishGroupsWithCommas() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(money.of("ARS", "1234567.891")).isEqualTo("ARS 1,234,567.89");
    }

    @Test
    void nothingForNoAmount() {
        assertThat(money.of("ARS", null)).isEmpty();
    }
}
