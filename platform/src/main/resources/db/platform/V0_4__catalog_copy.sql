-- Catalog copy: the service's own copy of the catalog's reference data (plans, items, discounts,
-- origins, zones, nodes), kept by io.ispflow.platform.catalog.CatalogCopy from the compacted
-- catalog.events topic. One row per entity, the latest version wins. Empty in services that do not
-- subscribe to the catalog.
CREATE TABLE catalog_copy (
    kind       varchar(40)  NOT NULL,
    code       varchar(40)  NOT NULL,
    active     boolean      NOT NULL,
    version    bigint       NOT NULL,
    data       jsonb        NOT NULL,
    updated_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, code)
);
