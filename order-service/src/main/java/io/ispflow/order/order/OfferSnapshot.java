package io.ispflow.order.order;

import io.ispflow.contracts.shared.Offer;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What is being sold, by catalog code, as the ticket carried it. */
@Embeddable
public class OfferSnapshot {

    @Column(name = "offer_plan")
    private String plan;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "offer_recurring_items", columnDefinition = "text[]", nullable = false)
    private List<String> recurringItems = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "offer_discounts", columnDefinition = "text[]", nullable = false)
    private List<String> discounts = new ArrayList<>();

    protected OfferSnapshot() {}

    static OfferSnapshot of(Offer offer) {
        OfferSnapshot snapshot = new OfferSnapshot();
        if (offer != null) {
            snapshot.plan = offer.plan();
            snapshot.recurringItems = new ArrayList<>(offer.recurringItems());
            snapshot.discounts = new ArrayList<>(offer.discounts());
        }
        return snapshot;
    }

    public String plan() {
        return plan;
    }

    Offer toOffer() {
        return new Offer(plan, recurringItems, discounts);
    }
}
