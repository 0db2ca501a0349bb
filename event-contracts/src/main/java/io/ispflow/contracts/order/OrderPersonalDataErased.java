package io.ispflow.contracts.order;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.Topics;
import io.ispflow.contracts.privacy.ErasureConfirmation;
import java.time.OffsetDateTime;

/**
 * The order side of an erasure is done: its orders (contact, place, notes, photos) and stored request answers no longer hold the lead's personal data.
 * Keyed by the lead id.
 */
@EventType(value = OrderPersonalDataErased.TYPE, topic = Topics.ORDER)
public record OrderPersonalDataErased(String leadId, String zone, int records, OffsetDateTime erasedAt)
        implements ErasureConfirmation {

    public static final String TYPE = "order.personal-data-erased.v1";
}
