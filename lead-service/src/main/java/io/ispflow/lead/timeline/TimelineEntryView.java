package io.ispflow.lead.timeline;

import io.ispflow.lead.common.Text;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A timeline entry as the API shows it; fields that do not apply to its type are null. */
public record TimelineEntryView(
        UUID id,
        UUID leadId,
        EntryType type,
        String title,
        String text,
        OffsetDateTime startAt,
        OffsetDateTime endAt,
        Double latitude,
        Double longitude,
        String assignee,
        String taskType,
        String incidenceType,
        OffsetDateTime dueAt,
        Boolean done,
        OffsetDateTime doneAt,
        Priority priority,
        IncidenceStatus status,
        String link,
        UUID incidenceId,
        OffsetDateTime occurredAt,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        String updatedBy,
        long version) {

    static TimelineEntryView of(TimelineEntry entry) {
        return new TimelineEntryView(
                entry.getId(),
                entry.getLeadId(),
                entry.getType(),
                entry.getTitle(),
                entry.getText(),
                Text.utc(entry.getStartAt()),
                Text.utc(entry.getEndAt()),
                entry.getLatitude(),
                entry.getLongitude(),
                entry.getAssignee(),
                entry.getTaskType(),
                entry.getIncidenceType(),
                Text.utc(entry.getDueAt()),
                entry.getDone(),
                Text.utc(entry.getDoneAt()),
                entry.getPriority(),
                entry.getStatus(),
                entry.getLink(),
                entry.getIncidenceId(),
                Text.utc(entry.getOccurredAt()),
                Text.utc(entry.getCreatedAt()),
                entry.getCreatedBy(),
                Text.utc(entry.getUpdatedAt()),
                entry.getUpdatedBy(),
                entry.getVersion());
    }
}
