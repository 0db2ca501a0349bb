-- The sales desk: tickets (the commercial case of a lead and prospect), the orders they asked for and
-- the comments on them. Lead, prospect and order ids belong to other services: stored, never joined.

-- The human ticket number, T-000123: a sequence, so numbers never repeat (gaps after a rollback are fine).
CREATE SEQUENCE ticket_number_seq;

CREATE TABLE ticket (
    id                       uuid          PRIMARY KEY,
    number                   varchar(20)   NOT NULL,
    lead_id                  uuid          NOT NULL,
    prospect_id              uuid          NOT NULL,
    -- the prospect location's zone (or the lead's): decides who sees the ticket
    zone                     varchar(40),
    status                   varchar(30)   NOT NULL
        CHECK (status IN ('OPEN', 'FEASIBILITY_REQUESTED', 'FEASIBLE', 'NOT_FEASIBLE', 'INSTALLATION_REQUESTED',
                          'INSTALLATION_SCHEDULED', 'INSTALLED', 'WON', 'LOST', 'CANCELLED')),
    assignee                 varchar(200),

    -- snapshot of the contact, the offer and the place when the ticket was opened
    contact_person_type      varchar(20),
    contact_name             varchar(300)  NOT NULL,
    contact_document_type    varchar(40),
    contact_document_number  varchar(60),
    contact_email            varchar(320),
    contact_phone            varchar(60),
    contact_mobile           varchar(60),
    billing_business_name    varchar(300),
    billing_tax_condition    varchar(60),
    billing_invoice_type     varchar(10),
    billing_tax_id           varchar(60),
    billing_additional_taxes varchar(300),
    offer_plan               varchar(40)   NOT NULL,
    offer_recurring_items    text[]        NOT NULL DEFAULT '{}',
    offer_discounts          text[]        NOT NULL DEFAULT '{}',
    location_address         varchar(500),
    location_city            varchar(200),
    location_postal_code     varchar(20),
    location_province        varchar(200),
    location_country         varchar(100),
    location_latitude        double precision,
    location_longitude       double precision,
    location_zone            varchar(40),

    lost_reason              varchar(1000),
    cancel_reason            varchar(1000),
    created_at               timestamptz   NOT NULL,
    created_by               varchar(200)  NOT NULL,
    updated_at               timestamptz   NOT NULL,
    updated_by               varchar(200)  NOT NULL,
    version                  bigint        NOT NULL,

    CONSTRAINT ticket_number_unique UNIQUE (number),
    CONSTRAINT ticket_lost_has_reason CHECK (status <> 'LOST' OR lost_reason IS NOT NULL),
    CONSTRAINT ticket_cancelled_has_reason CHECK (status <> 'CANCELLED' OR cancel_reason IS NOT NULL)
);

-- the board's filters and the list's default order
CREATE INDEX ticket_status ON ticket (status);
CREATE INDEX ticket_zone ON ticket (zone);
CREATE INDEX ticket_assignee ON ticket (assignee);
CREATE INDEX ticket_created_at ON ticket (created_at);
CREATE INDEX ticket_lead ON ticket (lead_id);

CREATE TABLE ticket_tag (
    ticket_id uuid        NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    tag       varchar(40) NOT NULL,
    PRIMARY KEY (ticket_id, tag)
);

CREATE INDEX ticket_tag_tag ON ticket_tag (tag);

-- The orders a ticket asked for, matched to the order service's orders by request id (its idempotency
-- key) and then by order id; their progress comes from order.events.
CREATE TABLE ticket_order (
    ticket_id       uuid          NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    position        integer       NOT NULL,
    request_id      varchar(100)  NOT NULL,
    kind            varchar(20)   NOT NULL CHECK (kind IN ('FEASIBILITY', 'INSTALLATION')),
    notes           varchar(2000),
    order_id        varchar(100),
    order_number    varchar(40),
    status          varchar(20)   NOT NULL
        CHECK (status IN ('REQUESTED', 'CREATED', 'SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELLED')),
    outcome         varchar(10)   CHECK (outcome IN ('SUCCESS', 'FAILED')),
    feasibility     varchar(20)   CHECK (feasibility IN ('FEASIBLE', 'NOT_FEASIBLE')),
    failure_reason  varchar(1000),
    cancel_reason   varchar(1000),
    technician_name varchar(200),
    scheduled_start timestamptz,
    scheduled_end   timestamptz,
    requested_at    timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL,
    PRIMARY KEY (ticket_id, position),
    CONSTRAINT ticket_order_request_unique UNIQUE (request_id)
);

CREATE INDEX ticket_order_order ON ticket_order (order_id) WHERE order_id IS NOT NULL;

CREATE TABLE ticket_comment (
    ticket_id   uuid          NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    position    integer       NOT NULL,
    id          uuid          NOT NULL,
    text        varchar(2000) NOT NULL,
    author      varchar(200)  NOT NULL,
    author_name varchar(200),
    created_at  timestamptz   NOT NULL,
    PRIMARY KEY (ticket_id, position)
);
