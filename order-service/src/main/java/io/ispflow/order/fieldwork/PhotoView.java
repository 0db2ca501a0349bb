package io.ispflow.order.fieldwork;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A photo's metadata; its bytes are at {@code /api/orders/{orderId}/photos/{id}}. */
public record PhotoView(
        UUID id, String fileName, String contentType, long size, String uploadedBy, OffsetDateTime uploadedAt) {}
