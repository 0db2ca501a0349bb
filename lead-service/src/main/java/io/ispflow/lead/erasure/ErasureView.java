package io.ispflow.lead.erasure;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The progress of a lead's erasure: complete once every service that keeps personal data confirmed. */
public record ErasureView(
        @Schema(example = "3f2b8c1e-6a4d-4e0b-9c57-1d2e3f4a5b6c") UUID leadId,
        @Schema(description = "the administrator who first asked", example = "admin") String requestedBy,
        @Schema(description = "when it was first asked", example = "2026-12-02T14:05:00Z") OffsetDateTime requestedAt,
        @Schema(
                        description = "when it was last asked (an administrator may ask again)",
                        example = "2026-12-02T14:05:00Z")
                OffsetDateTime lastRequestedAt,
        @Schema(description = "how many times it was asked", example = "1") int requests,
        @Schema(
                        description =
                                "when the person's key was destroyed: from then on no copy of their personal data "
                                        + "on any topic can be read",
                        example = "2026-12-02T14:05:00Z")
                OffsetDateTime keyDestroyedAt,
        @Schema(description = "whether every service has confirmed", example = "true") boolean complete,
        @Schema(description = "each service that keeps personal data, and whether and when it confirmed")
                List<ServiceConfirmation> services) {

    record Request(
            String requestedBy,
            OffsetDateTime requestedAt,
            OffsetDateTime lastRequestedAt,
            int requests,
            OffsetDateTime keyDestroyedAt) {}

    public record ServiceConfirmation(
            @Schema(example = "order-service") String service,
            @Schema(description = "whether the service confirmed that its copies are gone", example = "true")
                    boolean confirmed,
            @Schema(description = "when it erased them", example = "2026-12-02T14:05:02Z") OffsetDateTime confirmedAt,
            @Schema(description = "how many of its records held the person", example = "2") Integer records) {}

    static ErasureView of(UUID leadId, Request request, List<ServiceConfirmation> services) {
        boolean complete =
                request.keyDestroyedAt() != null && services.stream().allMatch(ServiceConfirmation::confirmed);
        return new ErasureView(
                leadId,
                request.requestedBy(),
                request.requestedAt(),
                request.lastRequestedAt(),
                request.requests(),
                request.keyDestroyedAt(),
                complete,
                services);
    }
}
