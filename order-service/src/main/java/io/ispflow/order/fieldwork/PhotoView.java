package io.ispflow.order.fieldwork;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A photo's metadata; its bytes are at {@code /api/orders/{orderId}/photos/{id}}. */
public record PhotoView(
        @Schema(description = "The photo's id", example = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d") UUID id,
        @Schema(description = "The file name the photo was uploaded with (without any path)", example = "fachada.jpg")
                String fileName,
        @Schema(
                        description = "The photo's media type, from its content",
                        example = "image/jpeg",
                        allowableValues = {"image/jpeg", "image/png", "image/webp", "image/heic"})
                String contentType,
        @Schema(description = "Size in bytes", example = "2483151") long size,
        @Schema(description = "Who uploaded it (login)", example = "tito") String uploadedBy,
        @Schema(description = "When it was uploaded", example = "2026-12-03T09:40:00Z") OffsetDateTime uploadedAt) {}
