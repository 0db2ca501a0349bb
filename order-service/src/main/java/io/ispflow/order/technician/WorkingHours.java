package io.ispflow.order.technician;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalTime;
import java.util.Objects;

/** One day's working interval, local time of the technician's time zone: {@code [start, end)}. */
@Embeddable
public class WorkingHours {

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    protected WorkingHours() {}

    public WorkingHours(LocalTime start, LocalTime end) {
        if (start == null || end == null || !start.isBefore(end)) {
            throw new IllegalArgumentException("Working hours need a start before their end");
        }
        this.start = start;
        this.end = end;
    }

    public static WorkingHours of(String start, String end) {
        return new WorkingHours(LocalTime.parse(start), LocalTime.parse(end));
    }

    public LocalTime start() {
        return start;
    }

    public LocalTime end() {
        return end;
    }

    /** Whether {@code [from, to)} of one day lies within these hours. */
    boolean covers(LocalTime from, LocalTime to) {
        return !from.isBefore(start) && !to.isAfter(end) && from.isBefore(to);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingHours hours && start.equals(hours.start) && end.equals(hours.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
