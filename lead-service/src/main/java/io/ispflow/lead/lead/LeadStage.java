package io.ispflow.lead.lead;

/**
 * How far the lead got in the pipeline. Moved only by conversions, and only forward: the first
 * prospect makes it a {@code PROSPECT}, an activated contract a {@code CUSTOMER}.
 */
public enum LeadStage {
    LEAD,
    PROSPECT,
    CUSTOMER;

    public boolean isBefore(LeadStage other) {
        return ordinal() < other.ordinal();
    }
}
