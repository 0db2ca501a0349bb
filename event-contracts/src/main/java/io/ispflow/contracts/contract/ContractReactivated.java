package io.ispflow.contracts.contract;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import java.time.OffsetDateTime;

/** A suspended contract is active again. */
@EventType(value = ContractReactivated.TYPE, topic = Topics.CONTRACT)
public record ContractReactivated(
        String contractId,
        String number,
        String customerId,
        String leadId,
        String zone,
        String reason,
        String by,
        OffsetDateTime at)
        implements IntegrationEvent {

    public static final String TYPE = "contract.reactivated.v1";

    @Override
    public String aggregateId() {
        return contractId;
    }
}
