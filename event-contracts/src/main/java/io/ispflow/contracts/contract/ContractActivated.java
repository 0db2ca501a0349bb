package io.ispflow.contracts.contract;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import java.time.OffsetDateTime;

/**
 * The installation succeeded and the contract is {@code ACTIVE}: the lead is now a paying customer.
 * Carries what billing and network provisioning need without calling back.
 */
@EventType(value = ContractActivated.TYPE, topic = Topics.CONTRACT)
public record ContractActivated(
        String contractId,
        String number,
        String customerId,
        String customerNumber,
        String leadId,
        String orderId,
        String ticketId,
        String zone,
        Contact customer,
        Offer offer,
        Pricing pricing,
        Location location,
        TechnicalData technical,
        OffsetDateTime activatedAt)
        implements IntegrationEvent {

    public static final String TYPE = "contract.activated.v1";

    @Override
    public String aggregateId() {
        return contractId;
    }
}
