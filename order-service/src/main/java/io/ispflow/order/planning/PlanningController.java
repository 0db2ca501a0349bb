package io.ispflow.order.planning;

import io.ispflow.contracts.ticket.OrderKind;
import io.ispflow.order.web.AccessRules;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "Planificar": the unscheduled column and the calendar. */
@RestController
@RequestMapping("/api/planning")
@Tag(
        name = "Planning",
        description = "\"Planificar\": the unscheduled column, the calendar of the technicians' visits, and putting"
                + " orders on it (schedule, reschedule, unschedule).")
class PlanningController {

    private final PlanningService planning;

    PlanningController(PlanningService planning) {
        this.planning = planning;
    }

    @GetMapping("/unscheduled")
    @PreAuthorize(AccessRules.READ_PLANNING)
    @Operation(
            operationId = "listUnscheduledOrders",
            summary = "List the orders waiting for a visit (the unscheduled column), oldest first",
            description = "Roles: ADMIN, MANAGER, SALES, PLANNER, BACKOFFICE (a technician has their own day"
                    + " instead). Only UNSCHEDULED orders of the caller's zones (and those without a zone). Each card"
                    + " carries its age and the version the planner schedules it with (If-Match).")
    PageResponse<UnscheduledOrder> unscheduled(
            @Parameter(description = "Only orders of this zone (code)", example = "NORTE")
                    @RequestParam(required = false)
                    String zone,
            @Parameter(description = "Only orders of this kind", example = "INSTALLATION")
                    @RequestParam(required = false)
                    OrderKind kind,
            @Parameter(description = "Only orders at least this many hours old (0 to 100000)", example = "48")
                    @RequestParam(required = false)
                    @Min(0)
                    @Max(100_000)
                    Integer minAgeHours,
            @Parameter(description = "Only orders created before this instant", example = "2026-11-20T00:00:00Z")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    OffsetDateTime olderThan,
            @Parameter(description = "Page number, from 0", example = "0") @RequestParam(defaultValue = "0") @Min(0)
                    int page,
            @Parameter(description = "Page size, 1 to 200", example = "50")
                    @RequestParam(defaultValue = "50")
                    @Min(1)
                    @Max(200)
                    int size,
            Caller caller) {
        return planning.unscheduled(zone, kind, minAgeHours, olderThan, page, size, caller);
    }

    /** The visits of a range (at most 62 days), optionally of one technician or one zone. */
    @GetMapping("/calendar")
    @PreAuthorize(AccessRules.READ_PLANNING)
    @Operation(
            operationId = "getPlanningCalendar",
            summary = "Get the calendar of a range: the technicians and their visits",
            description = "Roles: ADMIN, MANAGER, SALES, PLANNER, BACKOFFICE. The visits (SCHEDULED, IN_PROGRESS,"
                    + " COMPLETED) overlapping the range, in the caller's zones, optionally of one technician or one"
                    + " zone, with the technicians they belong to (the calendar's rows: the active technicians"
                    + " serving the zone). `from` and `to` are required; `to` must be after `from` and the range at"
                    + " most 62 days (400 naming the field). At most 5000 visits: `truncated` says there were more.")
    CalendarView calendar(
            @Parameter(
                            description = "Start of the range: a date (its start, in the service's default time"
                                    + " zone) or a date-time with offset. Required.",
                            example = "2026-11-23")
                    @RequestParam(required = false)
                    String from,
            @Parameter(
                            description = "End of the range: a date (inclusive: up to its end) or a date-time with"
                                    + " offset (exclusive). Required; at most 62 days after from.",
                            example = "2026-11-29")
                    @RequestParam(required = false)
                    String to,
            @Parameter(
                            description = "Only this technician's visits (and row)",
                            example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
                    @RequestParam(required = false)
                    UUID technicianId,
            @Parameter(description = "Only visits in this zone (code)", example = "NORTE")
                    @RequestParam(required = false)
                    String zone,
            Caller caller) {
        return planning.calendar(from, to, technicianId, zone, caller);
    }
}
