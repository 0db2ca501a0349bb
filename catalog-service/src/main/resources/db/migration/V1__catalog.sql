-- The catalog: reference data every other service validates against. Entities are keyed by their
-- human-readable code, never deleted (deactivated instead) and never renamed; version is the ETag.

CREATE TABLE zones (
    code        varchar(40)  PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
    name        varchar(100) NOT NULL,
    description varchar(500),
    active      boolean      NOT NULL,
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL
);

CREATE TABLE origins (
    code       varchar(40)  PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
    name       varchar(100) NOT NULL,
    active     boolean      NOT NULL,
    version    bigint       NOT NULL,
    created_at timestamptz  NOT NULL,
    updated_at timestamptz  NOT NULL
);

CREATE TABLE plans (
    code             varchar(40)    PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
    name             varchar(100)   NOT NULL,
    technology       varchar(20)    NOT NULL,
    download_mbps    integer        NOT NULL CHECK (download_mbps > 0),
    upload_mbps      integer        NOT NULL CHECK (upload_mbps > 0),
    monthly_price    numeric(12, 2) NOT NULL CHECK (monthly_price >= 0),
    installation_fee numeric(12, 2) NOT NULL CHECK (installation_fee >= 0),
    currency         varchar(3)     NOT NULL,
    active           boolean        NOT NULL,
    version          bigint         NOT NULL,
    created_at       timestamptz    NOT NULL,
    updated_at       timestamptz    NOT NULL
);

CREATE TABLE recurring_items (
    code          varchar(40)    PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
    name          varchar(100)   NOT NULL,
    monthly_price numeric(12, 2) NOT NULL CHECK (monthly_price >= 0),
    currency      varchar(3)     NOT NULL,
    active        boolean        NOT NULL,
    version       bigint         NOT NULL,
    created_at    timestamptz    NOT NULL,
    updated_at    timestamptz    NOT NULL
);

CREATE TABLE discounts (
    code            varchar(40)    PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
    name            varchar(100)   NOT NULL,
    type            varchar(20)    NOT NULL,
    discount_value  numeric(12, 2) NOT NULL CHECK (discount_value > 0),
    currency        varchar(3),
    duration_months integer        CHECK (duration_months > 0),
    active          boolean        NOT NULL,
    version         bigint         NOT NULL,
    created_at      timestamptz    NOT NULL,
    updated_at      timestamptz    NOT NULL,
    CHECK ((type = 'PERCENT' AND currency IS NULL AND discount_value <= 100)
        OR (type = 'AMOUNT' AND currency IS NOT NULL))
);

CREATE TABLE nodes (
    code       varchar(40)   PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
    name       varchar(100)  NOT NULL,
    zone       varchar(40)   NOT NULL REFERENCES zones (code),
    kind       varchar(20)   NOT NULL,
    location   varchar(200),
    latitude   numeric(8, 6),
    longitude  numeric(9, 6),
    active     boolean       NOT NULL,
    version    bigint        NOT NULL,
    created_at timestamptz   NOT NULL,
    updated_at timestamptz   NOT NULL,
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);

-- "which active nodes still use this zone?" (a zone in use cannot be deactivated)
CREATE INDEX nodes_active_by_zone ON nodes (zone) WHERE active;
