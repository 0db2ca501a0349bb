package io.ispflow.order.privacy;

import io.ispflow.order.order.OrderView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The right of access: everything the order service holds about a lead (a person), as one document.
 * Every list is empty when the service knows nothing of the lead.
 */
public record PersonalDataExport(
        @Schema(description = "The service that holds the data", example = "order-service") String service,
        @Schema(
                        description = "The lead (the person) the data is about",
                        example = "c9bf9e57-1685-4c89-bafb-ff5af830be8a")
                String leadId,
        @Schema(description = "When this document was made", example = "2026-12-05T10:00:00Z")
                OffsetDateTime generatedAt,
        @Schema(
                        description = "When the lead's personal data was erased here; null while it is kept",
                        example = "2026-12-04T18:30:00Z")
                OffsetDateTime erasedAt,
        @Schema(
                        description = "The lead's orders (feasibility and installation), oldest first: contact,"
                                + " place, notes, offer, schedule and technician, field work, outcome and equipment")
                List<OrderView> orders,
        @Schema(
                        description = "The events this service still keeps about the lead's orders (published ones"
                                + " for a week, for replays) and its erasure confirmations, oldest first; each"
                                + " event carried the order as it was at that moment")
                List<HistoryEntry> history,
        @Schema(description = "The photos of the lead's orders: metadata only (the bytes are at each photo's address)")
                List<PhotoMetadata> photos,
        @Schema(
                        description = "Answers to Idempotency-Key requests on the lead's orders, kept to replay a"
                                + " retried request (each holds the order as it was answered)")
                List<StoredResponse> storedResponses) {

    /** An event of one of the lead's orders (or an erasure confirmation of the lead) still kept here. */
    public record HistoryEntry(
            @Schema(
                            description = "The event's id (its CloudEvents id)",
                            example = "5b8f2d1e-7c3a-4e9b-8f1d-2a3b4c5d6e7f")
                    UUID eventId,
            @Schema(
                            description = "The order the event is about, or the lead for an erasure confirmation",
                            example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c")
                    String aggregateId,
            @Schema(description = "The event's type", example = "order.scheduled.v1") String type,
            @Schema(description = "When it happened", example = "2026-11-21T10:00:00Z") OffsetDateTime occurredAt,
            @Schema(
                            description = "When it was published on order.events; null while it waits for the broker",
                            example = "2026-11-21T10:00:01Z")
                    OffsetDateTime publishedAt) {}

    /** A photo of one of the lead's orders, without its bytes. */
    public record PhotoMetadata(
            @Schema(description = "The order the photo belongs to", example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c")
                    UUID orderId,
            @Schema(description = "The photo's id", example = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d") UUID id,
            @Schema(description = "The file name the photo was uploaded with", example = "fachada.jpg") String fileName,
            @Schema(
                            description = "The photo's media type, from its content",
                            example = "image/jpeg",
                            allowableValues = {"image/jpeg", "image/png", "image/webp", "image/heic"})
                    String contentType,
            @Schema(description = "Size in bytes", example = "2483151") long size,
            @Schema(description = "Who uploaded it (login)", example = "tito") String uploadedBy,
            @Schema(description = "When it was uploaded", example = "2026-12-03T09:40:00Z")
                    OffsetDateTime uploadedAt) {}

    /** A stored answer to a request with an Idempotency-Key on one of the lead's orders (without its body). */
    public record StoredResponse(
            @Schema(description = "The request's method", example = "POST") String method,
            @Schema(
                            description = "The request's path",
                            example = "/api/orders/3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c/cancel")
                    String path,
            @Schema(description = "The status answered", example = "200") Integer status,
            @Schema(description = "Who sent it (login)", example = "ana") String caller,
            @Schema(description = "When it was stored", example = "2026-11-22T16:00:00Z") OffsetDateTime storedAt) {}
}
