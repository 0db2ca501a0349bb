package io.ispflow.catalog.discount;

import io.ispflow.catalog.common.CatalogEntity;
import io.ispflow.catalog.common.Money;
import io.ispflow.platform.problem.BadRequestException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A discount on the plan's monthly price (never on the installation fee or the recurring items): a
 * percentage or a fixed amount, for the first {@code durationMonths} months of a contract or, when
 * that is null, permanently.
 */
@Entity
@Table(name = "discounts")
public class Discount extends CatalogEntity {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DiscountType type;

    @Column(name = "discount_value", nullable = false)
    private BigDecimal value;

    private String currency;

    private Integer durationMonths;

    protected Discount() {}

    public Discount(String code, String name, Terms terms) {
        super(code, name);
        revise(name, terms);
    }

    /**
     * What the discount takes off and for how long. A percentage is more than 0 and at most 100 and
     * has no currency; an amount has at most two decimals and a currency.
     */
    public record Terms(DiscountType type, BigDecimal value, String currency, Integer durationMonths) {
        public Terms {
            if (type == null) {
                throw BadRequestException.invalidField("type", "must not be null");
            }
            if (value == null || value.signum() <= 0) {
                throw BadRequestException.invalidField("value", "must be greater than 0");
            }
            if (durationMonths != null && durationMonths < 1) {
                throw BadRequestException.invalidField("durationMonths", "must be at least 1, or null when permanent");
            }
            if (type == DiscountType.PERCENT) {
                if (value.compareTo(HUNDRED) > 0) {
                    throw BadRequestException.invalidField("value", "a percentage must be at most 100");
                }
                if (currency != null) {
                    throw BadRequestException.invalidField("currency", "a percent discount has no currency");
                }
                if (value.stripTrailingZeros().scale() > Money.SCALE) {
                    throw BadRequestException.invalidField("value", "must have at most 2 decimals");
                }
                value = value.setScale(Money.SCALE);
            } else {
                if (currency == null) {
                    throw BadRequestException.invalidField("currency", "an amount discount needs a currency");
                }
                Money amount = Money.of(value, currency, "value");
                value = amount.amount();
                currency = amount.currency();
            }
        }

        public static Terms percent(String percent, Integer durationMonths) {
            return new Terms(DiscountType.PERCENT, new BigDecimal(percent), null, durationMonths);
        }

        public static Terms amount(String amount, String currency, Integer durationMonths) {
            return new Terms(DiscountType.AMOUNT, new BigDecimal(amount), currency, durationMonths);
        }
    }

    public void revise(String name, Terms terms) {
        rename(name);
        this.type = terms.type();
        this.value = terms.value();
        this.currency = terms.currency();
        this.durationMonths = terms.durationMonths();
    }

    /** Whether the discount applies in month {@code month} (1-based) of a contract. */
    public boolean appliesInMonth(int month) {
        return durationMonths == null || month <= durationMonths;
    }

    public boolean isPermanent() {
        return durationMonths == null;
    }

    /**
     * How much the discount takes off a plan's monthly price: the percentage of it, rounded half-even
     * to two decimals, or the fixed amount. The caller caps the total so the plan never goes below zero.
     */
    public Money reductionOf(Money planPrice) {
        if (type == DiscountType.PERCENT) {
            return planPrice.percent(value);
        }
        return new Money(value, currency);
    }

    public DiscountType getType() {
        return type;
    }

    public BigDecimal getValue() {
        return value;
    }

    /** The currency of an amount discount; null for a percentage. */
    public String getCurrency() {
        return currency;
    }

    /** Null when permanent. */
    public Integer getDurationMonths() {
        return durationMonths;
    }
}
