package io.ispflow.platform.events.consumer;

import java.time.OffsetDateTime;

/** The CloudEvents attributes and Kafka coordinates of a consumed event. */
public record EventMetadata(
        String id,
        String type,
        String source,
        String subject,
        OffsetDateTime time,
        String correlationId,
        String topic,
        int partition,
        long offset) {}
