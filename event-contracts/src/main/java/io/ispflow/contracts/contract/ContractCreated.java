package io.ispflow.contracts.contract;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import java.time.OffsetDateTime;

/**
 * Back office created the contract from an installation order (the order is no longer "contract not
 * generated"). It is {@code ENABLED}: waiting for the installation to succeed.
 */
@EventType(value = ContractCreated.TYPE, topic = Topics.CONTRACT)
public record ContractCreated(
        String contractId,
        String number,
        String customerId,
        String customerNumber,
        String leadId,
        String orderId,
        String ticketId,
        String zone,
        Offer offer,
        Pricing pricing,
        Location location,
        TechnicalData technical,
        String status,
        String by,
        OffsetDateTime createdAt)
        implements IntegrationEvent {

    public static final String TYPE = "contract.created.v1";

    @Override
    public String aggregateId() {
        return contractId;
    }
}
