package io.ispflow.console.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Amounts as people read them: two decimals, grouped, in the page's language ("ARS 14.900,00" in Spanish). The
 * API's amounts are exact decimals; they are only formatted here. Templates call {@code ${@money.of(cur, amount)}}.
 */
@Component("money")
public class Money {

    public String of(Object currency, Object amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal value;
        try {
            value = new BigDecimal(amount.toString());
        } catch (NumberFormatException e) {
            return amount.toString();
        }
        Locale locale = "es".equals(LocaleContextHolder.getLocale().getLanguage())
                ? Locale.forLanguageTag("es-AR")
                : Locale.forLanguageTag("en-US");
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return (currency == null ? "" : currency + " ") + format.format(value);
    }
}
