package io.ispflow.lead.timeline;

import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
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
@Tag(name = "Timeline", description = "Notes, calls, meetings, visits, tasks and incidences of a lead; the calendar")
class TimelineController {

    private static final String WRITERS = "hasAnyRole('SALES', 'MANAGER', 'ADMIN')";

    private final TimelineService service;

    TimelineController(TimelineService service) {
        this.service = service;
    }

    @GetMapping("/api/leads/{leadId}/timeline")
    @Operation(summary = "The lead's merged timeline, newest first (by when it happened)")
    PageResponse<TimelineEntryView> timeline(
            @PathVariable UUID leadId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
            Caller caller) {
        return service.timeline(leadId, page, size, caller);
    }

    @PostMapping("/api/leads/{leadId}/timeline")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Record a note, call, meeting, visit, task or incidence on the lead")
    ResponseEntity<TimelineEntryView> record(
            @PathVariable UUID leadId, @Valid @RequestBody TimelineEntryRequest request, Caller caller) {
        TimelineEntry entry = service.record(leadId, request, caller);
        return ResponseEntity.created(URI.create("/api/leads/" + leadId + "/timeline/" + entry.getId()))
                .eTag(ETags.of(entry.getVersion()))
                .body(TimelineEntryView.of(entry));
    }

    @GetMapping("/api/leads/{leadId}/timeline/{entryId}")
    @Operation(summary = "One timeline entry")
    ResponseEntity<TimelineEntryView> get(@PathVariable UUID leadId, @PathVariable UUID entryId, Caller caller) {
        TimelineEntry entry = service.get(leadId, entryId, caller);
        return ResponseEntity.ok().eTag(ETags.of(entry.getVersion())).body(TimelineEntryView.of(entry));
    }

    @PutMapping("/api/leads/{leadId}/timeline/{entryId}")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Rewrite an entry (If-Match); a note only by its author, the type never changes")
    ResponseEntity<TimelineEntryView> revise(
            @PathVariable UUID leadId,
            @PathVariable UUID entryId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody TimelineEntryRequest request,
            Caller caller) {
        TimelineEntry entry = service.revise(leadId, entryId, ifMatch, request, caller);
        return ResponseEntity.ok().eTag(ETags.of(entry.getVersion())).body(TimelineEntryView.of(entry));
    }

    @DeleteMapping("/api/leads/{leadId}/timeline/{entryId}")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Delete one of your own notes (other entries are closed, not deleted)")
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
            summary = "The caller's calendar: their meetings and visits, and their tasks due, in [from, to)",
            description = "from and to: ISO dates (whole days, UTC) or date-times; at most 92 days. Only entries "
                    + "of leads the caller can see.")
    PageResponse<CalendarItem> calendar(
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "500") @Min(1) @Max(1000) int size,
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
