-- The right to erasure (lead.erased.v1, issue 16): when a lead's personal data was anonymised here.
-- The rows keep their ids, zone, city, province, statuses, dates and amounts; their names become
-- "erased" and every other personal value null. Nullable, no default: adding them rewrites nothing.
ALTER TABLE customer ADD COLUMN erased_at timestamptz;
ALTER TABLE contract ADD COLUMN erased_at timestamptz;
ALTER TABLE installation_order ADD COLUMN erased_at timestamptz;

-- The leads erased here, also those the service held nothing of yet: an installation order of such a
-- lead that arrives later is anonymised as it is copied, and no contract is ever made for it.
CREATE TABLE erased_lead (
    lead_id   varchar(100) PRIMARY KEY,
    erased_at timestamptz  NOT NULL
);
