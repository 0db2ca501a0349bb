package io.ispflow.contracts.contract;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import java.time.OffsetDateTime;

/** The contract ended; terminal. */
@EventType(value = ContractTerminated.TYPE, topic = Topics.CONTRACT)
public record ContractTerminated(
        String contractId,
        String number,
        String customerId,
        String leadId,
        String zone,
        String reason,
        String by,
        OffsetDateTime at)
        implements IntegrationEvent {

    public static final String TYPE = "contract.terminated.v1";

    @Override
    public String aggregateId() {
        return contractId;
    }
}
