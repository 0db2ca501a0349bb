package io.ispflow.lead.timeline;

import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.OptionalIfMatch;
import io.ispflow.platform.web.PageResponse;
import io.ispflow.platform.web.ReturnsETag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Lead timeline",
        description = "Notes, calls, meetings, visits, tasks and incidences of a lead; each user's calendar")
class TimelineController {

    private static final String WRITERS = "hasAnyRole('SALES', 'MANAGER', 'ADMIN')";

    private final TimelineService service;

    TimelineController(TimelineService service) {
        this.service = service;
    }

    @GetMapping("/api/leads/{leadId}/timeline")
    @Operation(
            operationId = "listLeadTimeline",
            summary = "The lead's merged timeline, newest first (by when it happened)",
            description = "Any authenticated role that can see the lead (404 otherwise).")
    PageResponse<TimelineEntryView> timeline(
            @PathVariable UUID leadId,
            @Parameter(description = "the page, from 0", example = "0") @RequestParam(defaultValue = "0") @Min(0)
                    int page,
            @Parameter(description = "entries per page (1 to 200)", example = "50")
                    @RequestParam(defaultValue = "50")
                    @Min(1)
                    @Max(200)
                    int size,
            Caller caller) {
        return service.timeline(leadId, page, size, caller);
    }

    @PostMapping("/api/leads/{leadId}/timeline")
    @PreAuthorize(WRITERS)
    @ReturnsETag
    @Operation(
            operationId = "createLeadTimelineEntry",
            summary = "Record a note, call, meeting, visit, task or incidence on the lead",
            description = "Roles SALES, MANAGER, ADMIN, on a lead they can see (404 otherwise) whose data was not "
                    + "erased (409). What each type needs: see the request body; a task may link an incidence of "
                    + "the same lead.")
    @ApiResponse(responseCode = "201", description = "The entry was recorded; Location is its address")
    ResponseEntity<TimelineEntryView> record(
            @PathVariable UUID leadId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            examples = {
                                                @ExampleObject(name = "note", value = TimelineExamples.NOTE),
                                                @ExampleObject(name = "call", value = TimelineExamples.CALL),
                                                @ExampleObject(name = "meeting", value = TimelineExamples.MEETING),
                                                @ExampleObject(name = "task", value = TimelineExamples.TASK),
                                                @ExampleObject(name = "incidence", value = TimelineExamples.INCIDENCE)
                                            }))
                    @Valid
                    @RequestBody
                    TimelineEntryRequest request,
            Caller caller) {
        TimelineEntry entry = service.record(leadId, request, caller);
        return ResponseEntity.created(URI.create("/api/leads/" + leadId + "/timeline/" + entry.getId()))
                .eTag(ETags.of(entry.getVersion()))
                .body(TimelineEntryView.of(entry));
    }

    @GetMapping("/api/leads/{leadId}/timeline/{entryId}")
    @ReturnsETag
    @Operation(
            operationId = "getLeadTimelineEntry",
            summary = "One timeline entry",
            description = "Any authenticated role that can see the lead (404 otherwise). The ETag is the entry's "
                    + "version, for If-Match.")
    ResponseEntity<TimelineEntryView> get(@PathVariable UUID leadId, @PathVariable UUID entryId, Caller caller) {
        TimelineEntry entry = service.get(leadId, entryId, caller);
        return ResponseEntity.ok().eTag(ETags.of(entry.getVersion())).body(TimelineEntryView.of(entry));
    }

    @PutMapping("/api/leads/{leadId}/timeline/{entryId}")
    @PreAuthorize(WRITERS)
    @ReturnsETag
    @Operation(
            operationId = "updateLeadTimelineEntry",
            summary = "Rewrite an entry (If-Match); a note only by its author, the type never changes",
            description = "Roles SALES, MANAGER, ADMIN; If-Match with the entry's ETag is required. Marking a task "
                    + "done is an edit with done=true.")
    ResponseEntity<TimelineEntryView> revise(
            @PathVariable UUID leadId,
            @PathVariable UUID entryId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            examples = {
                                                @ExampleObject(name = "note", value = TimelineExamples.NOTE),
                                                @ExampleObject(name = "call", value = TimelineExamples.CALL),
                                                @ExampleObject(name = "meeting", value = TimelineExamples.MEETING),
                                                @ExampleObject(name = "task", value = TimelineExamples.TASK),
                                                @ExampleObject(name = "incidence", value = TimelineExamples.INCIDENCE)
                                            }))
                    @Valid
                    @RequestBody
                    TimelineEntryRequest request,
            Caller caller) {
        TimelineEntry entry = service.revise(leadId, entryId, ifMatch, request, caller);
        return ResponseEntity.ok().eTag(ETags.of(entry.getVersion())).body(TimelineEntryView.of(entry));
    }

    @DeleteMapping("/api/leads/{leadId}/timeline/{entryId}")
    @PreAuthorize(WRITERS)
    @OptionalIfMatch
    @Operation(
            operationId = "deleteLeadTimelineEntry",
            summary = "Delete one of your own notes (other entries are closed, not deleted)",
            description = "Roles SALES, MANAGER, ADMIN, and only the note's author (403 otherwise); If-Match is "
                    + "checked when sent.")
    @ApiResponse(responseCode = "204", description = "The note was deleted")
    ResponseEntity<Void> delete(
            @PathVariable UUID leadId,
            @PathVariable UUID entryId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            Caller caller) {
        service.delete(leadId, entryId, ifMatch, caller);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/leads/calendar")
    @Operation(
            operationId = "listLeadCalendar",
            summary = "The caller's calendar: their meetings and visits, and their tasks due, in [from, to)",
            description = "Any authenticated role: the entries assigned to the caller. from and to: ISO dates "
                    + "(whole days, UTC) or date-times; at most 92 days. Only entries of leads the caller can see.")
    PageResponse<CalendarItem> calendar(
            @Parameter(
                            description = "the start: an ISO date (its first moment, UTC) or date-time",
                            example = "2026-12-01")
                    @RequestParam
                    String from,
            @Parameter(
                            description = "the end, exclusive: an ISO date (the whole day included, UTC) or date-time",
                            example = "2026-12-07")
                    @RequestParam
                    String to,
            @Parameter(description = "the page, from 0", example = "0") @RequestParam(defaultValue = "0") @Min(0)
                    int page,
            @Parameter(description = "items per page (1 to 1000)", example = "500")
                    @RequestParam(defaultValue = "500")
                    @Min(1)
                    @Max(1000)
                    int size,
            Caller caller) {
        return service.calendar(instant("from", from, false), instant("to", to, true), page, size, caller);
    }

    /** An ISO date-time, or a date: its start ({@code from}) or the start of the next day ({@code to}). */
    private static Instant instant(String field, String value, boolean endOfDay) {
        try {
            if (value.strip().length() == 10) {
                LocalDate day = LocalDate.parse(value.strip());
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException invalid) {
            throw BadRequestException.invalidField(field, "must be an ISO date or date-time");
        }
    }
}
