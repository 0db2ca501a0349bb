-- Idempotency-Key: the first successful response to a create request, replayed to its retries.
CREATE TABLE idempotency_key (
    caller                varchar(200) NOT NULL,
    idempotency_key       varchar(200) NOT NULL,
    request_hash          char(64)     NOT NULL,
    method                varchar(10)  NOT NULL,
    path                  varchar(500) NOT NULL,
    response_status       integer,
    response_content_type varchar(200),
    response_location     varchar(1000),
    response_etag         varchar(200),
    response_body         bytea,
    created_at            timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, idempotency_key)
);

CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
