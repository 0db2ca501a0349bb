package io.ispflow.contracts.shared;

import java.util.List;

/**
 * What is being sold, by catalog code: one plan, its recurring items (router rental, fixed IP) and its
 * discounts or promotions. Prices are not part of an offer: they are frozen when a contract is made.
 */
public record Offer(String plan, List<String> recurringItems, List<String> discounts) {

    public Offer {
        recurringItems = recurringItems == null ? List.of() : List.copyOf(recurringItems);
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
    }
}
