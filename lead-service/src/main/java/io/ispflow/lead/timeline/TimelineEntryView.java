package io.ispflow.lead.timeline;

import io.ispflow.lead.common.Text;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A timeline entry as the API shows it; fields that do not apply to its type are null. */
public record TimelineEntryView(
        @Schema(description = "the entry's id", example = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a") UUID id,
        @Schema(description = "its lead", example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c") UUID leadId,
        @Schema(example = "MEETING") EntryType type,
        @Schema(example = "Visita para relevar la instalación") String title,
        @Schema(example = "Tocar timbre 3B; el cliente prefiere la tarde") String text,
        @Schema(example = "2026-12-03T15:00:00Z") OffsetDateTime startAt,
        @Schema(example = "2026-12-03T16:00:00Z") OffsetDateTime endAt,
        @Schema(example = "-34.5265") Double latitude,
        @Schema(example = "-58.4731") Double longitude,
        @Schema(description = "whose it is", example = "ana") String assignee,
        @Schema(description = "the kind of task (TASK)") String taskType,
        @Schema(description = "the kind of incidence (INCIDENCE)") String incidenceType,
        @Schema(description = "when the task is due (TASK)") OffsetDateTime dueAt,
        @Schema(description = "whether the task is done (TASK)") Boolean done,
        @Schema(description = "when the task was marked done (TASK)") OffsetDateTime doneAt,
        @Schema(description = "an incidence's priority (INCIDENCE)") Priority priority,
        @Schema(description = "where an incidence stands (INCIDENCE)") IncidenceStatus status,
        @Schema(description = "a link about the incidence (INCIDENCE)") String link,
        @Schema(description = "the incidence this task is about (TASK)") UUID incidenceId,
        @Schema(description = "when it happened: the timeline's order", example = "2026-12-03T15:00:00Z")
                OffsetDateTime occurredAt,
        @Schema(example = "2026-11-30T14:05:00Z") OffsetDateTime createdAt,
        @Schema(description = "its author", example = "ana") String createdBy,
        @Schema(example = "2026-11-30T14:05:00Z") OffsetDateTime updatedAt,
        @Schema(example = "ana") String updatedBy,
        @Schema(description = "the version, also sent as the ETag", example = "0") long version) {

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
