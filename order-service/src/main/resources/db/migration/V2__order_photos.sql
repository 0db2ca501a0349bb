-- Photos taken in the field, stored in the database itself (docs/adr/0008-order-photos-in-postgres.md):
-- pods have read-only file systems and run as several replicas, and a photo must survive them all.
CREATE TABLE order_photo (
    id           uuid         PRIMARY KEY,
    order_id     uuid         NOT NULL REFERENCES field_order (id) ON DELETE CASCADE,
    file_name    varchar(255) NOT NULL,
    -- detected from the file's first bytes, not taken from the client's header
    content_type varchar(50)  NOT NULL,
    size_bytes   bigint       NOT NULL CHECK (size_bytes > 0),
    sha256       char(64)     NOT NULL,
    data         bytea        NOT NULL,
    uploaded_by  varchar(200) NOT NULL,
    uploaded_at  timestamptz  NOT NULL
);

CREATE INDEX order_photo_order ON order_photo (order_id, uploaded_at);

-- JPEG, PNG, WebP and HEIC are compressed already: store them out of line without trying to compress
-- them again (TOAST's pglz would only burn CPU).
ALTER TABLE order_photo ALTER COLUMN data SET STORAGE EXTERNAL;
