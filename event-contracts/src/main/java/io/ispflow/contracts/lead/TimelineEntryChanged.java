package io.ispflow.contracts.lead;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Personal;
import io.ispflow.contracts.Topics;
import java.time.OffsetDateTime;

/**
 * An activity on a lead's timeline (note, call, meeting, visit, task or incidence) was recorded,
 * changed or deleted. Carries the entry's structured state for BI and planning; free text (note
 * bodies, descriptions, links) and GPS positions stay in the lead service. Keyed by the lead id.
 *
 * @param change {@code CREATED}, {@code UPDATED} or {@code DELETED}
 * @param entryType {@code NOTE}, {@code CALL}, {@code MEETING}, {@code VISIT}, {@code TASK} or {@code INCIDENCE}
 * @param priority incidences: {@code HIGH}, {@code MEDIUM} or {@code LOW}
 * @param status incidences: {@code NEW}, {@code NOT_STARTED}, {@code IN_PROGRESS}, {@code WAITING},
 *     {@code DEFERRED}, {@code COMPLETED} or {@code CLOSED}
 * @param incidenceId tasks: the incidence the task is linked to
 */
@EventType(value = TimelineEntryChanged.TYPE, topic = Topics.LEAD)
public record TimelineEntryChanged(
        String entryId,
        String leadId,
        String zone,
        String change,
        String entryType,
        @Personal String title,
        String assignee,
        OffsetDateTime startAt,
        OffsetDateTime endAt,
        OffsetDateTime dueAt,
        Boolean done,
        String taskType,
        String incidenceType,
        String priority,
        String status,
        String incidenceId,
        String changedBy,
        OffsetDateTime changedAt,
        long version)
        implements IntegrationEvent {

    public static final String TYPE = "lead.timeline-entry-changed.v1";

    @Override
    public String aggregateId() {
        return leadId;
    }
}
