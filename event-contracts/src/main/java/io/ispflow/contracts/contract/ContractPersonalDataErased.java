package io.ispflow.contracts.contract;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.Topics;
import io.ispflow.contracts.privacy.ErasureConfirmation;
import java.time.OffsetDateTime;

/**
 * The contract side of an erasure is done: its customers, installation order copies and not-yet-active contracts no longer hold the lead's personal data.
 * Keyed by the lead id.
 */
@EventType(value = ContractPersonalDataErased.TYPE, topic = Topics.CONTRACT)
public record ContractPersonalDataErased(String leadId, String zone, int records, OffsetDateTime erasedAt)
        implements ErasureConfirmation {

    public static final String TYPE = "contract.personal-data-erased.v1";
}
