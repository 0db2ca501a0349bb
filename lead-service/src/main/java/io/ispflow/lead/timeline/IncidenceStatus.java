package io.ispflow.lead.timeline;

/** Where an incidence stands (nueva, no comenzada, en progreso, en espera, aplazada, completada, cerrada). */
public enum IncidenceStatus {
    NEW,
    NOT_STARTED,
    IN_PROGRESS,
    WAITING,
    DEFERRED,
    COMPLETED,
    CLOSED
}
