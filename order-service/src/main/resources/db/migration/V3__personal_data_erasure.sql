-- The right to erasure (lead.erased.v1) and the right of access (GET /api/orders/personal-data/{leadId}).

-- When the personal data of the order's customer was erased; from then on the order takes no photos and
-- keeps no completion notes, so nothing brings the person back.
ALTER TABLE field_order ADD COLUMN personal_data_erased_at timestamptz;

-- Every lead erased here, even one without orders yet: an order a late ticket event asks for is made
-- already anonymised. Holds no personal data, only the lead's id.
CREATE TABLE erased_lead (
    lead_id   varchar(100) PRIMARY KEY,
    erased_at timestamptz  NOT NULL
);

-- the lead's orders, for the erasure and the export
CREATE INDEX field_order_lead ON field_order (lead_id);
