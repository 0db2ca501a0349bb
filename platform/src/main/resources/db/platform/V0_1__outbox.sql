-- Transactional outbox: events written in the business transaction, sent to Kafka by OutboxRelay.
CREATE TABLE outbox_event (
    id             uuid PRIMARY KEY,
    seq            bigint GENERATED ALWAYS AS IDENTITY,
    topic          varchar(200) NOT NULL,
    event_key      varchar(200) NOT NULL,
    event_type     varchar(200) NOT NULL,
    source         varchar(200) NOT NULL,
    occurred_at    timestamptz  NOT NULL,
    correlation_id varchar(64),
    payload        text         NOT NULL,
    created_at     timestamptz  NOT NULL DEFAULT clock_timestamp(),
    published_at   timestamptz
);

-- the relay's scan: unpublished events in commit order
CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published_at ON outbox_event (published_at) WHERE published_at IS NOT NULL;
