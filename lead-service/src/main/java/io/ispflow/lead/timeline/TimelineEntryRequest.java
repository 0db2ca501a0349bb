package io.ispflow.lead.timeline;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The body of {@code POST /api/leads/{id}/timeline} and {@code PUT .../timeline/{entryId}}. Which fields
 * count depends on {@code type}:
 *
 * <ul>
 *   <li>NOTE: {@code text} (required)
 *   <li>CALL: {@code title}, {@code text}, {@code startAt} (default now), {@code endAt}
 *   <li>MEETING, VISIT: {@code startAt} (required), {@code endAt}, {@code title}, {@code text},
 *       {@code latitude}/{@code longitude}, {@code assignee} (default the author)
 *   <li>TASK: {@code title}, {@code taskType}, {@code assignee} (required), {@code dueAt}, {@code done},
 *       {@code text}, {@code incidenceId} (an incidence of the same lead)
 *   <li>INCIDENCE: {@code title}, {@code incidenceType}, {@code assignee} (required), {@code priority}
 *       (default MEDIUM), {@code status} (default NEW), {@code text} (the description), {@code link},
 *       {@code startAt}, {@code endAt}
 * </ul>
 */
public record TimelineEntryRequest(
        @Schema(
                        description = "the kind of entry; it never changes",
                        example = "MEETING",
                        allowableValues = {"NOTE", "CALL", "MEETING", "VISIT", "TASK", "INCIDENCE"})
                @NotBlank
                @Pattern(
                        regexp = "NOTE|CALL|MEETING|VISIT|TASK|INCIDENCE",
                        message = "must be NOTE, CALL, MEETING, VISIT, TASK or INCIDENCE")
                String type,
        @Schema(description = "a short title (not for a NOTE)", example = "Visita para relevar la instalación")
                @Size(max = 200)
                String title,
        @Schema(
                        description = "the note itself (required for a NOTE), what was said, or an incidence's "
                                + "description",
                        example = "Tocar timbre 3B; el cliente prefiere la tarde")
                @Size(max = 10_000)
                String text,
        @Schema(description = "when it starts (required for MEETING and VISIT)", example = "2026-12-03T15:00:00Z")
                OffsetDateTime startAt,
        @Schema(description = "when it ends, after startAt", example = "2026-12-03T16:00:00Z") OffsetDateTime endAt,
        @Schema(description = "where (MEETING, VISIT)", example = "-34.5265") @DecimalMin("-90") @DecimalMax("90")
                Double latitude,
        @Schema(description = "where (MEETING, VISIT)", example = "-58.4731") @DecimalMin("-180") @DecimalMax("180")
                Double longitude,
        @Schema(
                        description = "whose it is: required for TASK and INCIDENCE; a MEETING or VISIT "
                                + "defaults to its author",
                        example = "ana")
                @Size(max = 200)
                String assignee,
        @Schema(description = "the kind of task (TASK)") @Size(max = 60) String taskType,
        @Schema(description = "the kind of incidence (INCIDENCE)") @Size(max = 60) String incidenceType,
        @Schema(description = "when the task is due (TASK)") OffsetDateTime dueAt,
        @Schema(description = "whether the task is done (TASK)") Boolean done,
        @Schema(
                        description = "an incidence's priority (INCIDENCE; MEDIUM by default)",
                        allowableValues = {"HIGH", "MEDIUM", "LOW"})
                @Pattern(regexp = "HIGH|MEDIUM|LOW", message = "must be HIGH, MEDIUM or LOW")
                String priority,
        @Schema(
                        description = "where an incidence stands (INCIDENCE; NEW by default)",
                        allowableValues = {
                            "NEW",
                            "NOT_STARTED",
                            "IN_PROGRESS",
                            "WAITING",
                            "DEFERRED",
                            "COMPLETED",
                            "CLOSED"
                        })
                @Pattern(
                        regexp = "NEW|NOT_STARTED|IN_PROGRESS|WAITING|DEFERRED|COMPLETED|CLOSED",
                        message = "must be NEW, NOT_STARTED, IN_PROGRESS, WAITING, DEFERRED, COMPLETED or CLOSED")
                String status,
        @Schema(description = "an http(s) link about the incidence (INCIDENCE)")
                @Size(max = 1000)
                @Pattern(regexp = "^(https?://\\S+)?$", message = "must be an http(s) URL")
                String link,
        @Schema(description = "an incidence of the same lead this task is about (TASK)") UUID incidenceId) {

    EntryContent content() {
        return new EntryContent(
                EntryType.valueOf(type.strip()),
                title,
                text,
                startAt == null ? null : startAt.toInstant(),
                endAt == null ? null : endAt.toInstant(),
                latitude,
                longitude,
                assignee,
                taskType,
                incidenceType,
                dueAt == null ? null : dueAt.toInstant(),
                done,
                priority == null ? null : Priority.valueOf(priority),
                status == null ? null : IncidenceStatus.valueOf(status),
                link,
                incidenceId);
    }
}
