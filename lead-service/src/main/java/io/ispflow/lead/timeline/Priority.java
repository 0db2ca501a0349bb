package io.ispflow.lead.timeline;

/** An incidence's priority (alta, media, baja). */
public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
