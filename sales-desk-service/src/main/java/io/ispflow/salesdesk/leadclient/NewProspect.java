package io.ispflow.salesdesk.leadclient;

import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;

/**
 * The body of {@code POST /api/leads/{id}/prospects}: the offer (catalog codes) and the place; the
 * location's zone defaults to the lead's.
 */
public record NewProspect(Offer offer, Location location) {}
