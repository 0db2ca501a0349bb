package io.ispflow.contracts.lead;

import io.ispflow.contracts.Personal;
import io.ispflow.contracts.shared.Contact;
import java.time.OffsetDateTime;

/**
 * A lead's full state after a change (event-carried state transfer): who it is ({@code contact}), where
 * it belongs ({@code zone}, a catalog code that decides who may see it), where it came from, who works
 * it, and how far it went ({@code status} of the sales work, {@code stage} of the conversion).
 *
 * @param status {@code NEW}, {@code CONTACTED}, {@code QUALIFIED} or {@code DISCARDED}
 * @param discardReason why it was discarded; null unless {@code DISCARDED}
 * @param stage {@code LEAD}, {@code PROSPECT} or {@code CUSTOMER}; moved only by conversions
 * @param importId the import that created the lead, null when created by hand
 * @param version the lead's version (its ETag in the lead API); increases with every change
 */
public record LeadSnapshot(
        String leadId,
        String zone,
        String origin,
        String assignee,
        String channel,
        String campaign,
        String status,
        String discardReason,
        String stage,
        Contact contact,
        @Personal String notes,
        String importId,
        OffsetDateTime importedAt,
        String createdBy,
        OffsetDateTime createdAt,
        String updatedBy,
        OffsetDateTime updatedAt,
        long version) {}
