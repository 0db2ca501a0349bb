package io.ispflow.contracts.contract;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import java.time.OffsetDateTime;

/** Service suspended by back office (for example for non-payment); billing and provisioning stop it. */
@EventType(value = ContractSuspended.TYPE, topic = Topics.CONTRACT)
public record ContractSuspended(
        String contractId,
        String number,
        String customerId,
        String leadId,
        String zone,
        String reason,
        String by,
        OffsetDateTime at)
        implements IntegrationEvent {

    public static final String TYPE = "contract.suspended.v1";

    @Override
    public String aggregateId() {
        return contractId;
    }
}
