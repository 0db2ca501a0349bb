package io.ispflow.catalog.common;

import io.ispflow.platform.problem.BadRequestException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of one currency, always at scale 2. Arithmetic between two currencies is refused.
 * Anything that produces more than two decimals (a percentage of an amount) is rounded half-even
 * (banker's rounding) to two, once, where the line is computed: see docs/adr/0006.
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(SCALE, ROUNDING);
    }

    /**
     * An amount given by a user: at most two decimals, not negative, in a known ISO 4217 currency;
     * otherwise a 400 on {@code field} (or on {@code currency}).
     */
    public static Money of(BigDecimal amount, String currency, String field) {
        if (amount == null) {
            throw BadRequestException.invalidField(field, "must not be null");
        }
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw BadRequestException.invalidField(field, "must have at most 2 decimals");
        }
        if (amount.signum() < 0) {
            throw BadRequestException.invalidField(field, "must not be negative");
        }
        return new Money(amount, requireCurrency(currency));
    }

    /** A known ISO 4217 code, or a 400 on the {@code currency} field. */
    public static String requireCurrency(String currency) {
        try {
            return Currency.getInstance(currency).getCurrencyCode();
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw BadRequestException.invalidField("currency", "unknown ISO 4217 currency " + currency);
        }
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** {@code percent} % of this amount, rounded half-even to two decimals. */
    public Money percent(BigDecimal percent) {
        return new Money(amount.multiply(percent).divide(HUNDRED, SCALE, ROUNDING), currency);
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " and " + other.currency);
        }
        return other;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
