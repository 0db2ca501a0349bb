package io.ispflow.salesdesk.leadclient;

import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import java.util.UUID;

/** The part of the lead service's prospect view the sales desk uses; other members are ignored. */
public record ProspectView(UUID id, UUID leadId, Offer offer, Location location, String status, Long version) {

    public boolean isCancelled() {
        return "CANCELLED".equals(status);
    }
}
