package io.ispflow.lead.lead;

/** How far the sales work on a lead went; {@code DISCARDED} carries a reason. */
public enum LeadStatus {
    NEW,
    CONTACTED,
    QUALIFIED,
    DISCARDED
}
