package io.ispflow.salesdesk.ticket;

import io.ispflow.contracts.shared.Offer;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What is being sold, by catalog code, as the prospect had it when the ticket was opened. */
@Embeddable
class OfferSnapshot {

    @Column(name = "offer_plan", nullable = false)
    private String plan;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "offer_recurring_items", columnDefinition = "text[]", nullable = false)
    private List<String> recurringItems = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "offer_discounts", columnDefinition = "text[]", nullable = false)
    private List<String> discounts = new ArrayList<>();

    protected OfferSnapshot() {}

    static OfferSnapshot of(Offer offer) {
        Objects.requireNonNull(offer, "offer");
        if (offer.plan() == null || offer.plan().isBlank()) {
            throw new IllegalArgumentException("A ticket's offer needs a plan");
        }
        OfferSnapshot snapshot = new OfferSnapshot();
        snapshot.plan = offer.plan();
        snapshot.recurringItems = new ArrayList<>(offer.recurringItems());
        snapshot.discounts = new ArrayList<>(offer.discounts());
        return snapshot;
    }

    Offer toOffer() {
        return new Offer(plan, recurringItems, discounts);
    }
}
