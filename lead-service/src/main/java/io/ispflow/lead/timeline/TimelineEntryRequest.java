package io.ispflow.lead.timeline;

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
        @NotBlank
                @Pattern(
                        regexp = "NOTE|CALL|MEETING|VISIT|TASK|INCIDENCE",
                        message = "must be NOTE, CALL, MEETING, VISIT, TASK or INCIDENCE")
                String type,
        @Size(max = 200) String title,
        @Size(max = 10_000) String text,
        OffsetDateTime startAt,
        OffsetDateTime endAt,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Size(max = 200) String assignee,
        @Size(max = 60) String taskType,
        @Size(max = 60) String incidenceType,
        OffsetDateTime dueAt,
        Boolean done,
        @Pattern(regexp = "HIGH|MEDIUM|LOW", message = "must be HIGH, MEDIUM or LOW") String priority,
        @Pattern(
                        regexp = "NEW|NOT_STARTED|IN_PROGRESS|WAITING|DEFERRED|COMPLETED|CLOSED",
                        message = "must be NEW, NOT_STARTED, IN_PROGRESS, WAITING, DEFERRED, COMPLETED or CLOSED")
                String status,
        @Size(max = 1000) @Pattern(regexp = "^(https?://\\S+)?$", message = "must be an http(s) URL") String link,
        UUID incidenceId) {

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
