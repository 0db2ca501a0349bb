package io.ispflow.catalog.item;

import io.ispflow.catalog.common.CatalogEntity;
import io.ispflow.catalog.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Something billed every month on top of the plan: router rental, fixed IP, ... */
@Entity
@Table(name = "recurring_items")
public class RecurringItem extends CatalogEntity {

    @Column(nullable = false)
    private BigDecimal monthlyPrice;

    @Column(nullable = false)
    private String currency;

    protected RecurringItem() {}

    public RecurringItem(String code, String name, Money monthlyPrice) {
        super(code, name);
        revise(name, monthlyPrice);
    }

    public void revise(String name, Money monthlyPrice) {
        rename(name);
        this.monthlyPrice = monthlyPrice.amount();
        this.currency = monthlyPrice.currency();
    }

    public Money monthlyPrice() {
        return new Money(monthlyPrice, currency);
    }
}
