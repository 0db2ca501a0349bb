package io.ispflow.platform.events.outbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code outbox_event} table (platform migration V0_1). */
public class OutboxStore {

    public record NewEvent(
            UUID id,
            String topic,
            String key,
            String type,
            String source,
            OffsetDateTime occurredAt,
            String correlationId,
            TraceHeaders trace,
            String payload) {}

    public record PendingEvent(
            UUID id,
            String topic,
            String key,
            String type,
            String source,
            OffsetDateTime occurredAt,
            String correlationId,
            TraceHeaders trace,
            String payload,
            OffsetDateTime createdAt) {}

    private final JdbcClient jdbc;

    public OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(NewEvent event) {
        jdbc.sql(
                        """
                        INSERT INTO outbox_event (id, topic, event_key, event_type, source, occurred_at, correlation_id,
                                                  traceparent, tracestate, payload)
                        VALUES (:id, :topic, :key, :type, :source, :occurredAt, :correlationId,
                                :traceparent, :tracestate, :payload)
                        """)
                .param("id", event.id())
                .param("topic", event.topic())
                .param("key", event.key())
                .param("type", event.type())
                .param("source", event.source())
                .param("occurredAt", event.occurredAt())
                .param("correlationId", event.correlationId())
                .param("traceparent", event.trace().traceparent())
                .param("tracestate", event.trace().tracestate())
                .param("payload", event.payload())
                .update();
    }

    /**
     * Takes the relay's turn: one relay of the service at a time (a transaction-scoped advisory lock),
     * which keeps each aggregate's events in commit order across replicas. Returns false when another
     * replica's relay holds the turn.
     */
    boolean tryTakeRelayTurn() {
        return Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('ispflow.outbox-relay'))")
                .query(Boolean.class)
                .single());
    }

    /** The oldest unpublished events, locked for this transaction; rows another relay holds are skipped. */
    List<PendingEvent> lockNextBatch(int limit) {
        return jdbc.sql(
                        """
                        SELECT id, topic, event_key, event_type, source, occurred_at, correlation_id,
                               traceparent, tracestate, payload, created_at
                          FROM outbox_event
                         WHERE published_at IS NULL
                         ORDER BY seq
                         LIMIT :limit
                           FOR UPDATE SKIP LOCKED
                        """)
                .param("limit", limit)
                .query((rs, row) -> new PendingEvent(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class),
                        rs.getString(7),
                        new TraceHeaders(rs.getString(8), rs.getString(9)),
                        rs.getString(10),
                        rs.getObject(11, OffsetDateTime.class)))
                .list();
    }

    void markPublished(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE outbox_event SET published_at = clock_timestamp() WHERE id IN (:ids)")
                    .param("ids", ids)
                    .update();
        }
    }

    public long backlog() {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")
                .query(Long.class)
                .single();
    }

    /** Age in seconds of the oldest unpublished event, 0 when none waits. */
    public double oldestPendingAgeSeconds() {
        Double age = jdbc.sql(
                        """
                        SELECT COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - min(created_at))::float8, 0)
                          FROM outbox_event WHERE published_at IS NULL
                        """)
                .query(Double.class)
                .single();
        return age == null ? 0 : age;
    }

    int purgePublishedOlderThan(Duration retention) {
        return jdbc.sql(
                        """
                        DELETE FROM outbox_event
                         WHERE published_at IS NOT NULL AND published_at < now() - make_interval(secs => :secs)
                        """)
                .param("secs", (double) retention.toSeconds())
                .update();
    }
}
