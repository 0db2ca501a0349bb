package io.ispflow.lead.timeline;

import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.problem.ConflictException;
import io.ispflow.platform.problem.FieldProblem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One activity on a lead's timeline. Each type keeps only its own fields and checks what it needs:
 * a note its text; a call its time; a meeting or visit its start (and end, and optionally where it
 * happened); a task its title, type and assignee (due date and done optional, maybe linked to an
 * incidence); an incidence its title, type and assignee, with priority, status, description, link and
 * dates.
 */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID leadId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntryType type;

    private String title;

    @Column(name = "body")
    private String text;

    private Instant startAt;
    private Instant endAt;
    private Double latitude;
    private Double longitude;
    private String assignee;
    private String taskType;
    private String incidenceType;
    private Instant dueAt;
    private Boolean done;
    private Instant doneAt;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    private IncidenceStatus status;

    private String link;
    private UUID incidenceId;

    /** When it happened: an appointment's or call's start, otherwise when it was recorded. */
    @Column(nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String createdBy;

    @Column(nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    private String updatedBy;

    @Version
    private Long version;

    protected TimelineEntry() {}

    static TimelineEntry record(UUID leadId, EntryContent content, Instant now, String by) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.leadId = leadId;
        entry.type = content.type();
        entry.createdAt = now;
        entry.createdBy = by;
        entry.apply(content, now, by);
        return entry;
    }

    /** Rewrites the entry; its type cannot change, and only the author rewrites a note. */
    void revise(EntryContent content, Instant now, String by) {
        if (content.type() != type) {
            throw BadRequestException.invalidField("type", "cannot change (it is " + type + ")");
        }
        if (type == EntryType.NOTE && !createdBy.equals(by)) {
            throw new io.ispflow.platform.problem.ForbiddenException(
                    "not-your-note", "Only the author of a note can change it.");
        }
        apply(content, now, by);
    }

    /** Only notes are deleted, and only by their author; tasks and incidences are closed instead. */
    void requireDeletableBy(String by) {
        if (type != EntryType.NOTE) {
            throw new ConflictException(
                    "timeline-entry-not-deletable", "Only notes can be deleted; mark tasks done and close incidences.");
        }
        if (!createdBy.equals(by)) {
            throw new io.ispflow.platform.problem.ForbiddenException(
                    "not-your-note", "Only the author of a note can delete it.");
        }
    }

    /** Erasure of the lead: free text and positions go, the structure (type, dates, who) stays. */
    void erase(Instant now, String by) {
        title = title == null ? null : "erased";
        text = null;
        link = null;
        latitude = null;
        longitude = null;
        updatedAt = now;
        updatedBy = by;
    }

    private void apply(EntryContent c, Instant now, String by) {
        List<FieldProblem> errors = new ArrayList<>();
        clearAll();
        switch (type) {
            case NOTE -> {
                require(errors, "text", c.text());
                text = c.text();
            }
            case CALL -> {
                title = c.title();
                text = c.text();
                startAt = c.startAt() == null ? now : c.startAt();
                endAt = c.endAt();
            }
            case MEETING, VISIT -> {
                require(errors, "startAt", c.startAt());
                title = c.title();
                text = c.text();
                startAt = c.startAt();
                endAt = c.endAt();
                latitude = c.latitude();
                longitude = c.longitude();
                assignee = c.assignee() == null ? by : c.assignee();
                if ((latitude == null) != (longitude == null)) {
                    errors.add(
                            new FieldProblem("latitude", "latitude and longitude go together: send both or neither"));
                }
            }
            case TASK -> {
                require(errors, "title", c.title());
                require(errors, "taskType", c.taskType());
                require(errors, "assignee", c.assignee());
                title = c.title();
                text = c.text();
                taskType = c.taskType();
                assignee = c.assignee();
                dueAt = c.dueAt();
                boolean nowDone = Boolean.TRUE.equals(c.done());
                doneAt = nowDone ? (Boolean.TRUE.equals(done) && doneAt != null ? doneAt : now) : null;
                done = nowDone;
                incidenceId = c.incidenceId();
            }
            case INCIDENCE -> {
                require(errors, "title", c.title());
                require(errors, "incidenceType", c.incidenceType());
                require(errors, "assignee", c.assignee());
                title = c.title();
                text = c.text();
                incidenceType = c.incidenceType();
                assignee = c.assignee();
                priority = c.priority() == null ? Priority.MEDIUM : c.priority();
                status = c.status() == null ? IncidenceStatus.NEW : c.status();
                link = c.link();
                startAt = c.startAt();
                endAt = c.endAt();
            }
        }
        if (startAt != null && endAt != null && endAt.isBefore(startAt)) {
            errors.add(new FieldProblem("endAt", "must not be before startAt"));
        }
        if (!errors.isEmpty()) {
            throw (BadRequestException)
                    new BadRequestException("validation", "The request has invalid fields.").with("errors", errors);
        }
        occurredAt = startAt != null && type != EntryType.INCIDENCE ? startAt : createdAt;
        updatedAt = now;
        updatedBy = by;
    }

    private void clearAll() {
        Boolean wasDone = done;
        Instant wasDoneAt = doneAt;
        title = null;
        text = null;
        startAt = null;
        endAt = null;
        latitude = null;
        longitude = null;
        assignee = null;
        taskType = null;
        incidenceType = null;
        dueAt = null;
        priority = null;
        status = null;
        link = null;
        incidenceId = null;
        // kept so that re-saving a done task keeps the moment it was done
        done = wasDone;
        doneAt = wasDoneAt;
    }

    private static void require(List<FieldProblem> errors, String field, Object value) {
        if (value == null) {
            errors.add(new FieldProblem(field, "is required for this type of entry"));
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getLeadId() {
        return leadId;
    }

    public EntryType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public Instant getStartAt() {
        return startAt;
    }

    public Instant getEndAt() {
        return endAt;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getTaskType() {
        return taskType;
    }

    public String getIncidenceType() {
        return incidenceType;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Boolean getDone() {
        return type == EntryType.TASK ? done : null;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public Priority getPriority() {
        return priority;
    }

    public IncidenceStatus getStatus() {
        return status;
    }

    public String getLink() {
        return link;
    }

    public UUID getIncidenceId() {
        return incidenceId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }
}
