package io.ispflow.lead.prospect;

import java.util.List;

/** What is offered, by catalog code: one plan, its recurring items and its discounts. */
public record Offer(String plan, List<String> recurringItems, List<String> discounts) {

    public Offer {
        recurringItems = recurringItems == null ? List.of() : List.copyOf(recurringItems);
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
    }
}
