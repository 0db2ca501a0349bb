-- The W3C Trace Context of the span that published the event (ADR 0014): the relay sends it as the
-- Kafka headers traceparent and tracestate, so a consumer continues the publisher's trace.
-- Nullable, no default: adding them rewrites nothing, and rows written before have no trace.
ALTER TABLE outbox_event
    ADD COLUMN traceparent text,
    ADD COLUMN tracestate  text;
