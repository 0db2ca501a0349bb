package io.ispflow.lead.prospect;

/** An offer being pursued, or one given up. */
public enum ProspectStatus {
    ACTIVE,
    CANCELLED
}
