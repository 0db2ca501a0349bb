-- The erasure of a lead, and each service's confirmation that its copies are gone (ADR 0017).
CREATE TABLE lead_erasure (
    lead_id           uuid         PRIMARY KEY REFERENCES lead (id) ON DELETE CASCADE,
    requested_by      varchar(200) NOT NULL,
    requested_at      timestamptz  NOT NULL,
    -- an administrator may ask again (a service that did not confirm): the last time it was asked
    last_requested_at timestamptz  NOT NULL,
    requests          integer      NOT NULL DEFAULT 1,
    key_destroyed_at  timestamptz
);

CREATE TABLE lead_erasure_confirmation (
    lead_id      uuid         NOT NULL REFERENCES lead_erasure (lead_id) ON DELETE CASCADE,
    service      varchar(100) NOT NULL,
    records      integer      NOT NULL,
    confirmed_at timestamptz  NOT NULL,
    PRIMARY KEY (lead_id, service)
);

-- leads erased before progress was kept: their own part was done when they were erased
INSERT INTO lead_erasure (lead_id, requested_by, requested_at, last_requested_at)
SELECT id, coalesce(updated_by, 'unknown'), erased_at, erased_at FROM lead WHERE erased_at IS NOT NULL;
INSERT INTO lead_erasure_confirmation (lead_id, service, records, confirmed_at)
SELECT id, 'lead-service', 1, erased_at FROM lead WHERE erased_at IS NOT NULL;
