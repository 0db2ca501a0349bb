package io.ispflow.salesdesk.leadclient;

import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import io.ispflow.salesdesk.examples.ContractExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/leads/{id}/prospects}: the offer (catalog codes) and the place; the
 * location's zone defaults to the lead's.
 */
public record NewProspect(
        @Schema(
                        description = "What is offered, by catalog code: an active plan (required), and active"
                                + " recurring items and discounts, each once",
                        example = ContractExamples.OFFER,
                        requiredMode = Schema.RequiredMode.REQUIRED)
                Offer offer,
        @Schema(
                        description = "Where the service would be installed: the address is required, latitude -90"
                                + " to 90, longitude -180 to 180; the zone (an active zone's code) defaults to the"
                                + " lead's, and a caller with zones must hold it",
                        example = ContractExamples.LOCATION,
                        requiredMode = Schema.RequiredMode.REQUIRED)
                Location location) {}
