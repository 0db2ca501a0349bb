-- Idempotent consumer: the id of every applied event, recorded in the transaction of its effect.
CREATE TABLE processed_event (
    consumer     varchar(200) NOT NULL,
    event_id     varchar(200) NOT NULL,
    event_type   varchar(200) NOT NULL,
    processed_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
