package io.ispflow.lead.history;

/** What a change to a lead was. Conversions ({@code STAGE_CHANGED}) show the lead's evolution. */
public enum HistoryAction {
    CREATED,
    UPDATED,
    STATUS_CHANGED,
    REASSIGNED,
    STAGE_CHANGED,
    PROSPECT_CREATED,
    PROSPECT_UPDATED,
    PROSPECT_CANCELLED,
    ERASED
}
