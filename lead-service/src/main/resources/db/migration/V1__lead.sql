-- The lead service's tables: leads, prospects, the timeline, the history of changes, imports and
-- auto-assignment. Reference data (origins, zones, plans, ...) is not here: it is the platform's
-- catalog_copy, kept from catalog.events.

-- Trigram indexes for the grid's free-text search. pg_trgm is a trusted extension (PostgreSQL 13+), so
-- the database owner can create it; it ships with the embedded binaries, postgres:16 and CloudNativePG.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The normalisations below are the only definition of how leads are matched and searched: the
-- generated columns and the queries (duplicates, import upsert, free text) both call them, so the
-- application can never disagree with the stored keys. Changing one needs a migration that rewrites
-- the generated columns.

-- Free text: accents folded, lower case ('Pérez' and 'PEREZ' both become 'perez').
CREATE FUNCTION lead_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
    AS $$ SELECT lower(translate(value,
        'ÁÀÂÄÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇáàâäãéèêëíìîïóòôöõúùûüñç',
        'aaaaaeeeeiiiiooooouuuuncaaaaaeeeeiiiiooooouuuunc')) $$;

-- Document: letters and digits only, upper case ('20-12345678-3' and '20123456783' are the same).
CREATE FUNCTION lead_document_key(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
    AS $$ SELECT nullif(upper(regexp_replace(value, '[^A-Za-z0-9]', '', 'g')), '') $$;

-- E-mail: trimmed, lower case.
CREATE FUNCTION lead_email_key(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
    AS $$ SELECT nullif(lower(btrim(value)), '') $$;

-- Phone: digits only, the last 10 (an Argentine number with or without +54, 9 or a leading 0).
CREATE FUNCTION lead_phone_key(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
    AS $$ SELECT nullif(right(regexp_replace(value, '[^0-9]', '', 'g'), 10), '') $$;

CREATE TABLE lead (
    id                       uuid         PRIMARY KEY,
    person_type              varchar(20),
    name                     varchar(200) NOT NULL,
    document_type            varchar(20),
    document_number          varchar(40),
    email                    varchar(200),
    phone                    varchar(40),
    mobile                   varchar(40),
    notes                    text,
    origin                   varchar(40),
    zone                     varchar(40),
    billing_business_name    varchar(200),
    billing_tax_condition    varchar(40),
    billing_invoice_type     varchar(5),
    billing_tax_id           varchar(40),
    billing_additional_taxes varchar(200),
    assignee                 varchar(200),
    channel                  varchar(100),
    campaign                 varchar(100),
    status                   varchar(20)  NOT NULL,
    discard_reason           varchar(500),
    stage                    varchar(20)  NOT NULL,
    import_id                uuid,
    imported_at              timestamptz,
    erased_at                timestamptz,
    created_at               timestamptz  NOT NULL,
    created_by               varchar(200) NOT NULL,
    updated_at               timestamptz  NOT NULL,
    updated_by               varchar(200) NOT NULL,
    version                  bigint       NOT NULL,
    -- matching keys (duplicates, import upsert) and the grid's search text, derived by the database
    document_key             text GENERATED ALWAYS AS (lead_document_key(document_number)) STORED,
    email_key                text GENERATED ALWAYS AS (lead_email_key(email)) STORED,
    phone_key                text GENERATED ALWAYS AS (lead_phone_key(phone)) STORED,
    mobile_key               text GENERATED ALWAYS AS (lead_phone_key(mobile)) STORED,
    search_text              text GENERATED ALWAYS AS (lead_fold(
                                 name
                                 || ' ' || coalesce(document_number, '')
                                 || ' ' || coalesce(lead_document_key(document_number), '')
                                 || ' ' || coalesce(email, '')
                                 || ' ' || coalesce(phone, '')
                                 || ' ' || coalesce(regexp_replace(phone, '[^0-9]', '', 'g'), '')
                                 || ' ' || coalesce(mobile, '')
                                 || ' ' || coalesce(regexp_replace(mobile, '[^0-9]', '', 'g'), ''))) STORED
);

-- The grid: newest first by default, pages stable with the id as tie-breaker; one index per equality
-- filter, each ending with created_at so the filtered grid reads in order and stops at the page. The
-- orders carry the zone, so a salesperson's page (even a deep one) is read from the index alone.
CREATE INDEX lead_created          ON lead (created_at DESC, id DESC) INCLUDE (zone);
CREATE INDEX lead_updated          ON lead (updated_at DESC, id DESC) INCLUDE (zone);
CREATE INDEX lead_name             ON lead (name, id) INCLUDE (zone);
CREATE INDEX lead_zone_created     ON lead (zone, created_at DESC, id DESC);
-- the totals of a salesperson's grid: zone (and status, stage) counted inside this small index alone
CREATE INDEX lead_zone_status_stage ON lead (zone, status, stage);
CREATE INDEX lead_status_created   ON lead (status, created_at DESC, id DESC);
CREATE INDEX lead_stage_created    ON lead (stage, created_at DESC, id DESC);
CREATE INDEX lead_origin_created   ON lead (origin, created_at DESC, id DESC);
CREATE INDEX lead_assignee_created ON lead (assignee, created_at DESC, id DESC);
CREATE INDEX lead_channel          ON lead (channel) WHERE channel IS NOT NULL;
CREATE INDEX lead_campaign         ON lead (campaign) WHERE campaign IS NOT NULL;
CREATE INDEX lead_search_text      ON lead USING gin (search_text gin_trgm_ops);
CREATE INDEX lead_document_key     ON lead (document_key) WHERE document_key IS NOT NULL;
CREATE INDEX lead_email_key        ON lead (email_key) WHERE email_key IS NOT NULL;
CREATE INDEX lead_phone_key        ON lead (phone_key) WHERE phone_key IS NOT NULL;
CREATE INDEX lead_mobile_key       ON lead (mobile_key) WHERE mobile_key IS NOT NULL;
CREATE INDEX lead_import_id        ON lead (import_id) WHERE import_id IS NOT NULL;

-- A concrete offer (catalog codes) at a place, for a lead. recurring_items and discounts hold
-- comma-separated catalog codes (codes never contain commas).
CREATE TABLE prospect (
    id              uuid          PRIMARY KEY,
    lead_id         uuid          NOT NULL REFERENCES lead (id) ON DELETE CASCADE,
    plan            varchar(40)   NOT NULL,
    recurring_items varchar(1000) NOT NULL,
    discounts       varchar(1000) NOT NULL,
    address         varchar(300),
    city            varchar(100),
    postal_code     varchar(20),
    province        varchar(100),
    country         varchar(60),
    latitude        double precision,
    longitude       double precision,
    zone            varchar(40),
    status          varchar(20)   NOT NULL,
    cancel_reason   varchar(500),
    created_at      timestamptz   NOT NULL,
    created_by      varchar(200)  NOT NULL,
    updated_at      timestamptz   NOT NULL,
    updated_by      varchar(200)  NOT NULL,
    version         bigint        NOT NULL
);

CREATE INDEX prospect_lead ON prospect (lead_id, created_at);

-- Notes, calls, meetings, visits, tasks and incidences of a lead, in one table so the timeline is one
-- ordered query. occurred_at is when it happened (a meeting's start) or, for the rest, when recorded.
CREATE TABLE timeline_entry (
    id             uuid          PRIMARY KEY,
    lead_id        uuid          NOT NULL REFERENCES lead (id) ON DELETE CASCADE,
    type           varchar(20)   NOT NULL,
    title          varchar(200),
    body           text,
    start_at       timestamptz,
    end_at         timestamptz,
    latitude       double precision,
    longitude      double precision,
    assignee       varchar(200),
    task_type      varchar(60),
    incidence_type varchar(60),
    due_at         timestamptz,
    done           boolean,
    done_at        timestamptz,
    priority       varchar(10),
    status         varchar(20),
    link           varchar(1000),
    incidence_id   uuid          REFERENCES timeline_entry (id) ON DELETE SET NULL,
    occurred_at    timestamptz   NOT NULL,
    created_at     timestamptz   NOT NULL,
    created_by     varchar(200)  NOT NULL,
    updated_at     timestamptz   NOT NULL,
    updated_by     varchar(200)  NOT NULL,
    version        bigint        NOT NULL
);

CREATE INDEX timeline_entry_lead     ON timeline_entry (lead_id, occurred_at DESC, id DESC);
-- the calendar: a user's meetings and visits by start, their tasks by due date
CREATE INDEX timeline_entry_meetings ON timeline_entry (assignee, start_at) WHERE type IN ('MEETING', 'VISIT');
CREATE INDEX timeline_entry_tasks    ON timeline_entry (assignee, due_at) WHERE type = 'TASK';

-- Every change of a lead (and of its prospects): who, when, what, and each field's before and after.
CREATE TABLE lead_history (
    id         bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lead_id    uuid         NOT NULL REFERENCES lead (id) ON DELETE CASCADE,
    changed_at timestamptz  NOT NULL,
    changed_by varchar(200) NOT NULL,
    action     varchar(40)  NOT NULL,
    reference  varchar(100),
    changes    jsonb        NOT NULL
);

CREATE INDEX lead_history_lead ON lead_history (lead_id, id DESC);

-- Per-zone round robin among the zone's active salespeople (comma-separated subjects).
CREATE TABLE auto_assignment (
    zone        varchar(40)   PRIMARY KEY,
    enabled     boolean       NOT NULL,
    salespeople varchar(4000) NOT NULL,
    next_index  integer       NOT NULL,
    updated_at  timestamptz   NOT NULL,
    updated_by  varchar(200)  NOT NULL,
    version     bigint        NOT NULL
);

-- CSV imports: the file is kept only until it is processed (it holds personal data); the importer's
-- identity is kept so the background processing applies their zones and roles.
CREATE TABLE lead_import (
    id              uuid          PRIMARY KEY,
    file_name       varchar(300),
    sha256          char(64)      NOT NULL,
    importer        varchar(200)  NOT NULL,
    importer_name   varchar(200),
    importer_roles  varchar(200)  NOT NULL,
    importer_zones  varchar(2000) NOT NULL,
    status          varchar(20)   NOT NULL,
    content         bytea,
    ignored_columns varchar(2000) NOT NULL,
    total_rows      integer,
    processed_rows  integer       NOT NULL DEFAULT 0,
    created_rows    integer       NOT NULL DEFAULT 0,
    updated_rows    integer       NOT NULL DEFAULT 0,
    unchanged_rows  integer       NOT NULL DEFAULT 0,
    duplicate_rows  integer       NOT NULL DEFAULT 0,
    error_rows      integer       NOT NULL DEFAULT 0,
    failure_reason  varchar(1000),
    uploaded_at     timestamptz   NOT NULL,
    started_at      timestamptz,
    heartbeat_at    timestamptz,
    finished_at     timestamptz,
    -- re-uploading the same bytes returns the existing import
    UNIQUE (importer, sha256)
);

CREATE INDEX lead_import_waiting ON lead_import (uploaded_at) WHERE status IN ('PENDING', 'RUNNING');
CREATE INDEX lead_import_importer ON lead_import (importer, uploaded_at DESC);

-- The per-row report. No personal data: the row number, its outcome, the lead it created or
-- updated, and the reason of a duplicate or an error.
CREATE TABLE lead_import_row (
    import_id  uuid          NOT NULL REFERENCES lead_import (id) ON DELETE CASCADE,
    row_number integer       NOT NULL,
    outcome    varchar(20)   NOT NULL,
    lead_id    uuid,
    zone       varchar(40),
    message    varchar(1000),
    PRIMARY KEY (import_id, row_number)
);
