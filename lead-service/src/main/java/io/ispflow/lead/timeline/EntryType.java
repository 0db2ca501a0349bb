package io.ispflow.lead.timeline;

/** The kinds of activity on a lead's timeline. */
public enum EntryType {
    NOTE,
    CALL,
    MEETING,
    VISIT,
    TASK,
    INCIDENCE;

    /** Meetings and visits are appointments: they have a start and show in the calendar. */
    boolean isAppointment() {
        return this == MEETING || this == VISIT;
    }
}
