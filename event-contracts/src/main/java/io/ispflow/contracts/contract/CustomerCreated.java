package io.ispflow.contracts.contract;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Topics;
import io.ispflow.contracts.shared.Contact;
import java.time.OffsetDateTime;

/**
 * A customer was created with its first contract, from the lead's contact snapshot.
 *
 * @param number the human customer number, {@code C-000123}
 */
@EventType(value = CustomerCreated.TYPE, topic = Topics.CONTRACT)
public record CustomerCreated(
        String customerId, String number, String leadId, String zone, Contact contact, OffsetDateTime createdAt)
        implements IntegrationEvent {

    public static final String TYPE = "customer.created.v1";

    @Override
    public String aggregateId() {
        return customerId;
    }
}
