package io.ispflow.lead.importexport;

/**
 * What became of one row: a new lead (CREATED), an existing one changed (UPDATED) or already equal
 * (UNCHANGED), a DUPLICATE (its key appeared in an earlier row, or belongs to a lead outside the
 * importer's zones, which is never touched), or an ERROR with the reason.
 */
enum RowOutcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    DUPLICATE,
    ERROR
}
