package io.ispflow.salesdesk.privacy;

import io.ispflow.salesdesk.examples.ContractExamples;
import io.ispflow.salesdesk.ticket.TicketView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The right of access: everything the sales desk holds about one lead, as one document. Empty lists
 * when it holds nothing of the lead.
 */
@Schema(description = "Everything the sales desk holds about one lead (a person), for the right of access")
record TicketPersonalData(
        @Schema(description = "The service that holds the data (its application name)", example = "sales-desk-service")
                String service,
        @Schema(description = "The lead the data is about", example = ContractExamples.LEAD_ID) UUID leadId,
        @Schema(description = "When this document was made", example = "2026-12-10T10:00:00Z")
                OffsetDateTime generatedAt,
        @Schema(
                        description =
                                "The lead's tickets the caller sees, oldest first: each with its contact, offer and"
                                        + " place snapshot, tags, order requests (with their notes) and comments; an erased"
                                        + " ticket shows what is left of them")
                List<TicketView> tickets,
        @Schema(
                        description =
                                "The tickets' moves along the pipeline, oldest first, as long as the service keeps"
                                        + " the events it published (a week by default)")
                List<StatusChangeView> statusChanges,
        @Schema(
                        description = "The events about the tickets (and the lead's erasure confirmations) the service"
                                + " still keeps in its outbox, oldest first; their contents are the tickets' above")
                List<EventView> events,
        @Schema(
                        description =
                                "The answers to the Idempotency-Keys of requests about the tickets, kept to replay"
                                        + " them to retries, oldest first; their bodies (not shown) are the tickets as they"
                                        + " were then")
                List<StoredResponseView> storedResponses) {

    /** A move of a ticket, from its {@code ticket.status-changed.v1}. */
    record StatusChangeView(
            @Schema(description = "The ticket that moved", example = ContractExamples.TICKET_ID) UUID ticketId,
            @Schema(description = "The ticket's number", example = "T-000042") String ticketNumber,
            @Schema(description = "The status before", example = "FEASIBILITY_REQUESTED") String from,
            @Schema(description = "The status after", example = "FEASIBLE") String to,
            @Schema(description = "Why, when the ticket was lost or cancelled; null otherwise") String reason,
            @Schema(
                            description =
                                    "What moved it: the id of an order or contract event, or the correlation id of"
                                            + " a user's request",
                            example = "0b6f4c1e-3d2a-4e5f-9a8b-7c6d5e4f3a2b")
                    String cause,
            @Schema(description = "When it moved", example = "2026-12-05T14:10:00Z") OffsetDateTime changedAt) {}

    /** An event of the outbox, without its contents. */
    record EventView(
            @Schema(
                            description = "The event's id (its CloudEvents id)",
                            example = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d")
                    UUID id,
            @Schema(description = "The type of the event (CloudEvents type)", example = "ticket.status-changed.v1")
                    String type,
            @Schema(
                            description = "What it is about: a ticket's id, or the lead's id",
                            example = ContractExamples.TICKET_ID)
                    String aggregateId,
            @Schema(description = "When it happened", example = "2026-12-05T14:10:00Z") OffsetDateTime occurredAt,
            @Schema(
                            description = "When it was published on the topic; null while it waits for the relay",
                            example = "2026-12-05T14:10:01Z")
                    OffsetDateTime publishedAt) {}

    /** A stored answer of an Idempotency-Key, without its body. */
    record StoredResponseView(
            @Schema(description = "Who sent the request (a user's subject)", example = "ana") String caller,
            @Schema(description = "The request's method", example = "POST") String method,
            @Schema(description = "The request's path", example = "/api/tickets") String path,
            @Schema(description = "The status answered", example = "201") int status,
            @Schema(
                            description = "The Location answered, if any",
                            example = "/api/tickets/" + ContractExamples.TICKET_ID)
                    String location,
            @Schema(description = "The size of the stored body, in bytes", example = "1843") long bodyBytes,
            @Schema(description = "When the request was made", example = "2026-12-03T09:00:00Z")
                    OffsetDateTime createdAt) {}
}
