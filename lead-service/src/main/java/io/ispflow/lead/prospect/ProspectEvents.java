package io.ispflow.lead.prospect;

/** How a prospect's offer and place are described in the events it publishes (the shared contract types). */
final class ProspectEvents {

    private ProspectEvents() {}

    static io.ispflow.contracts.shared.Offer offer(Prospect prospect) {
        Offer offer = prospect.offer();
        return new io.ispflow.contracts.shared.Offer(offer.plan(), offer.recurringItems(), offer.discounts());
    }

    static io.ispflow.contracts.shared.Location location(Prospect prospect) {
        Location location = prospect.location();
        return new io.ispflow.contracts.shared.Location(
                location.address(),
                location.city(),
                location.postalCode(),
                location.province(),
                location.country(),
                location.latitude(),
                location.longitude(),
                location.zone());
    }
}
