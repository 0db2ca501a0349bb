-- The key store of crypto-shredding (io.ispflow.platform.privacy): one AES-256 data key per person
-- (lead id), wrapped with the master key (ispflow.privacy.master-key). Shared by every service and
-- migrated by each at startup (own history table: flyway_person_keys_history). Erasing a person
-- destroys the key: wrapped_key becomes null for good, and every sealed copy of the person's data
-- (topics, outboxes, backups) becomes unreadable at once.
CREATE TABLE person_key (
    person_id    uuid        PRIMARY KEY,
    wrapped_key  bytea       NULL,
    created_at   timestamptz NOT NULL,
    destroyed_at timestamptz NULL,
    -- a key is either there or destroyed, never both or neither
    CONSTRAINT person_key_live_or_destroyed CHECK ((wrapped_key IS NULL) = (destroyed_at IS NOT NULL))
);

-- One value wrapped with the master key by the first service that started: a service started with
-- another master key finds out at startup instead of writing keys nobody else can unwrap.
CREATE TABLE person_key_master_check (
    id         smallint    PRIMARY KEY CHECK (id = 1),
    probe      bytea       NOT NULL,
    created_at timestamptz NOT NULL
);
