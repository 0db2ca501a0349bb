-- Orders and planning: technicians, field orders (feasibility, installation), installed equipment.

-- The human order number, O-000123: a sequence, so numbers never repeat (gaps after a rollback are fine).
CREATE SEQUENCE order_number_seq;

CREATE TABLE technician (
    id         uuid         PRIMARY KEY,
    -- the JWT "sub" of the technician's login: a TECHNICIAN token finds its technician by it
    user_id    varchar(200) NOT NULL,
    name       varchar(200) NOT NULL,
    zones      text[]       NOT NULL DEFAULT '{}',
    skills     text[]       NOT NULL DEFAULT '{}',
    time_zone  varchar(64)  NOT NULL,
    active     boolean      NOT NULL DEFAULT true,
    created_at timestamptz  NOT NULL,
    updated_at timestamptz  NOT NULL,
    version    bigint       NOT NULL,
    CONSTRAINT technician_user_id_unique UNIQUE (user_id)
);

CREATE INDEX technician_zones ON technician USING gin (zones);

-- One working interval per ISO weekday, in the technician's time zone; a missing day is a day off.
CREATE TABLE technician_working_day (
    technician_id uuid       NOT NULL REFERENCES technician (id) ON DELETE CASCADE,
    day_of_week   varchar(9) NOT NULL
        CHECK (day_of_week IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    start_time    time       NOT NULL,
    end_time      time       NOT NULL,
    PRIMARY KEY (technician_id, day_of_week),
    CHECK (start_time < end_time)
);

-- "order" is a reserved word: the table is field_order.
CREATE TABLE field_order (
    id                        uuid          PRIMARY KEY,
    number                    varchar(20)   NOT NULL,
    kind                      varchar(20)   NOT NULL,
    status                    varchar(20)   NOT NULL
        CHECK (status IN ('UNSCHEDULED', 'SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
    ticket_id                 varchar(100)  NOT NULL,
    ticket_number             varchar(40),
    -- the ticket's order request: exactly one order per request, however often its event arrives
    request_id                varchar(100)  NOT NULL,
    lead_id                   varchar(100)  NOT NULL,
    prospect_id               varchar(100),
    zone                      varchar(40),

    -- snapshot of the customer, the offer and the place, as the ticket carried them
    contact_lead_id           varchar(100),
    contact_person_type       varchar(20),
    contact_name              varchar(300),
    contact_document_type     varchar(40),
    contact_document_number   varchar(60),
    contact_email             varchar(320),
    contact_phone             varchar(60),
    contact_mobile            varchar(60),
    billing_business_name     varchar(300),
    billing_tax_condition     varchar(60),
    billing_invoice_type      varchar(10),
    billing_tax_id            varchar(60),
    billing_additional_taxes  varchar(300),
    offer_plan                varchar(40),
    offer_recurring_items     text[]        NOT NULL DEFAULT '{}',
    offer_discounts           text[]        NOT NULL DEFAULT '{}',
    location_address          varchar(500),
    location_city             varchar(200),
    location_postal_code      varchar(20),
    location_province         varchar(200),
    location_country          varchar(100),
    location_latitude         double precision,
    location_longitude        double precision,
    location_zone             varchar(40),
    notes                     text,
    created_at                timestamptz   NOT NULL,

    -- the visit on the calendar
    technician_id             uuid          REFERENCES technician (id),
    technician_name           varchar(200),
    scheduled_start           timestamptz,
    scheduled_end             timestamptz,
    scheduled_by              varchar(200),
    scheduled_at              timestamptz,
    -- set when the planner overrode the zone or working-hours rules for this schedule
    override_rules            varchar(200),
    override_by               varchar(200),
    override_at               timestamptz,

    -- null = "contract not generated"
    contract_id               varchar(100),
    contract_number           varchar(40),
    contract_linked_at        timestamptz,

    started_at                timestamptz,
    started_by                varchar(200),

    outcome                   varchar(10)   CHECK (outcome IN ('SUCCESS', 'FAILED')),
    failure_reason            varchar(1000),
    feasibility               varchar(20)   CHECK (feasibility IN ('FEASIBLE', 'NOT_FEASIBLE')),
    completion_notes          text,
    completed_at              timestamptz,
    completed_by              varchar(200),

    cancellation_reason       varchar(1000),
    cancelled_by              varchar(200),
    cancelled_at              timestamptz,

    version                   bigint        NOT NULL,

    CONSTRAINT field_order_number_unique UNIQUE (number),
    CONSTRAINT field_order_request_unique UNIQUE (request_id),
    CONSTRAINT field_order_schedule_complete CHECK (
        (technician_id IS NULL AND scheduled_start IS NULL AND scheduled_end IS NULL)
        OR (technician_id IS NOT NULL AND scheduled_start IS NOT NULL AND scheduled_end > scheduled_start))
);

-- the unscheduled column (oldest first), lists by status and date
CREATE INDEX field_order_status_created ON field_order (status, created_at);
-- the calendar, the technician's day and the double-booking check
CREATE INDEX field_order_technician_start ON field_order (technician_id, scheduled_start)
    WHERE technician_id IS NOT NULL;
CREATE INDEX field_order_scheduled_start ON field_order (scheduled_start) WHERE scheduled_start IS NOT NULL;
CREATE INDEX field_order_ticket ON field_order (ticket_id);
CREATE INDEX field_order_zone ON field_order (zone);
CREATE INDEX field_order_created ON field_order (created_at);
CREATE INDEX field_order_contract_pending ON field_order (created_at)
    WHERE contract_id IS NULL AND kind = 'INSTALLATION';

-- What the technician installed, in the order reported.
CREATE TABLE order_equipment (
    order_id uuid         NOT NULL REFERENCES field_order (id) ON DELETE CASCADE,
    position integer      NOT NULL,
    type     varchar(40),
    model    varchar(200),
    serial   varchar(200),
    mac      varchar(17),
    PRIMARY KEY (order_id, position)
);

CREATE INDEX order_equipment_serial ON order_equipment (serial) WHERE serial IS NOT NULL;
CREATE INDEX order_equipment_mac ON order_equipment (mac) WHERE mac IS NOT NULL;

-- Second line of defence against double booking (the first is the technician row lock taken by the
-- scheduling transaction): no two live visits of one technician overlap. It needs btree_gist (for
-- the equality on technician_id inside a GiST index); where the extension cannot be installed, the
-- application's check under the lock still holds on its own.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'btree_gist') THEN
        BEGIN
            CREATE EXTENSION IF NOT EXISTS btree_gist;
            ALTER TABLE field_order ADD CONSTRAINT field_order_no_double_booking
                EXCLUDE USING gist (
                    technician_id WITH =,
                    tstzrange(scheduled_start, scheduled_end, '[)') WITH &&)
                WHERE (technician_id IS NOT NULL AND status <> 'CANCELLED');
        EXCEPTION WHEN insufficient_privilege OR feature_not_supported OR undefined_file THEN
            RAISE NOTICE 'btree_gist unavailable (%): double booking is guarded by the scheduling lock only',
                SQLERRM;
        END;
    END IF;
END
$$;
