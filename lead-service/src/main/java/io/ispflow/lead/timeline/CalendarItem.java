package io.ispflow.lead.timeline;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A meeting, visit or due task in a user's calendar, with the lead it is about. */
public record CalendarItem(
        @Schema(description = "the timeline entry", example = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a") UUID entryId,
        @Schema(description = "its lead", example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c") UUID leadId,
        @Schema(example = "María González") String leadName,
        @Schema(description = "the lead's zone", example = "NORTE") String zone,
        @Schema(description = "MEETING, VISIT or TASK", example = "MEETING") EntryType type,
        @Schema(example = "Visita para relevar la instalación") String title,
        @Schema(description = "a meeting's or visit's start", example = "2026-12-03T15:00:00Z") OffsetDateTime startAt,
        @Schema(example = "2026-12-03T16:00:00Z") OffsetDateTime endAt,
        @Schema(description = "a task's due date") OffsetDateTime dueAt,
        @Schema(description = "whether the task is done") Boolean done) {}
