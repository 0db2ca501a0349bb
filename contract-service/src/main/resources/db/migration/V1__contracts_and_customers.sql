-- Contracts and customers, and the service's own copy of the installation orders (docs/adr/0011).

-- Human numbers (C-000123, CT-000123) come from sequences: they never repeat; a rolled-back
-- request leaves a gap, which is fine.
CREATE SEQUENCE customer_number_seq;
CREATE SEQUENCE contract_number_seq;

-- The copy of the installation orders, kept from order.events. A completion or a cancellation that
-- arrives before the order's OrderCreated (it should not: order events are keyed by order id) makes a
-- placeholder row (known = false) that OrderCreated fills in later, so nothing is lost.
CREATE TABLE installation_order (
    order_id       varchar(100) PRIMARY KEY,
    known          boolean      NOT NULL,
    number         varchar(40),
    ticket_id      varchar(100),
    request_id     varchar(100),
    lead_id        varchar(100),
    prospect_id    varchar(100),
    zone           varchar(40),
    contact        jsonb,
    offer          jsonb,
    location       jsonb,
    notes          text,
    created_at     timestamptz,
    -- the technician's closing of the order
    outcome        varchar(20)  CHECK (outcome IN ('SUCCESS', 'FAILED')),
    failure_reason text,
    completed_at   timestamptz,
    equipment      jsonb,
    -- cancelled before completion
    cancelled      boolean      NOT NULL DEFAULT false,
    cancel_reason  text,
    cancelled_at   timestamptz,
    updated_at     timestamptz  NOT NULL
);

-- A customer is created with the first contract of a lead (one customer per lead) from the order's
-- contact snapshot. Name and document are extracted from the snapshot for searching.
CREATE TABLE customer (
    id              uuid         PRIMARY KEY,
    number          varchar(20)  NOT NULL,
    lead_id         varchar(100) NOT NULL,
    zone            varchar(40),
    contact         jsonb        NOT NULL,
    name            text         GENERATED ALWAYS AS (contact ->> 'name') STORED,
    document_number text         GENERATED ALWAYS AS (contact ->> 'documentNumber') STORED,
    created_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL,
    CONSTRAINT customer_number_unique UNIQUE (number),
    CONSTRAINT customer_lead_unique UNIQUE (lead_id)
);

CREATE INDEX customer_zone ON customer (zone);

CREATE TABLE contract (
    id                   uuid         PRIMARY KEY,
    number               varchar(20)  NOT NULL,
    order_id             varchar(100) NOT NULL,
    order_number         varchar(40),
    ticket_id            varchar(100),
    lead_id              varchar(100) NOT NULL,
    customer_id          uuid         NOT NULL REFERENCES customer (id),
    customer_number      varchar(20)  NOT NULL,
    zone                 varchar(40),
    status               varchar(20)  NOT NULL
        CHECK (status IN ('ENABLED', 'ACTIVE', 'SUSPENDED', 'REACTIVATED', 'TERMINATED')),
    -- what was sold, to whom and where, as the installation order carried it
    contact              jsonb        NOT NULL,
    offer                jsonb        NOT NULL,
    location             jsonb,
    -- the prices frozen from the catalog copy at creation
    pricing              jsonb        NOT NULL,
    -- the technical part back office completes
    node                 varchar(40)  NOT NULL,
    connection_mode      varchar(20)  NOT NULL CHECK (connection_mode IN ('PPPOE', 'DHCP', 'STATIC_IP')),
    -- canonical text form (compressed lowercase IPv6), so one address has one spelling
    ip_address           varchar(45),
    pppoe_user           varchar(64),
    cpe_type             varchar(40),
    cpe_model            varchar(100),
    cpe_serial           varchar(100),
    cpe_mac              varchar(17),
    notes                text,
    -- the outcome of the installation order, once the technician closed it
    installation_outcome varchar(20)  CHECK (installation_outcome IN ('SUCCESS', 'FAILED')),
    installation_reason  text,
    installation_at      timestamptz,
    created_by           varchar(200) NOT NULL,
    created_at           timestamptz  NOT NULL,
    activated_at         timestamptz,
    updated_at           timestamptz  NOT NULL,
    version              bigint       NOT NULL,
    CONSTRAINT contract_number_unique UNIQUE (number),
    -- one contract per installation order, also under concurrent requests
    CONSTRAINT contract_order_unique UNIQUE (order_id)
);

-- An IP address belongs to at most one live contract of a node; terminating a contract frees it.
-- The database decides, so two concurrent requests for one address cannot both win.
CREATE UNIQUE INDEX contract_live_ip_per_node ON contract (node, ip_address)
    WHERE status <> 'TERMINATED' AND ip_address IS NOT NULL;

CREATE INDEX contract_customer ON contract (customer_id);
CREATE INDEX contract_zone_status ON contract (zone, status);
CREATE INDEX contract_created_at ON contract (created_at);

-- Every status a contract went through, with who moved it and why.
CREATE TABLE contract_status_change (
    contract_id uuid         NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    position    integer      NOT NULL,
    status      varchar(20)  NOT NULL,
    reason      text,
    changed_by  varchar(200) NOT NULL,
    changed_at  timestamptz  NOT NULL,
    PRIMARY KEY (contract_id, position)
);
