package io.ispflow.order.planning;

import io.ispflow.contracts.ticket.OrderKind;
import io.ispflow.order.web.AccessRules;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.PageResponse;
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
class PlanningController {

    private final PlanningService planning;

    PlanningController(PlanningService planning) {
        this.planning = planning;
    }

    @GetMapping("/unscheduled")
    @PreAuthorize(AccessRules.READ_PLANNING)
    PageResponse<UnscheduledOrder> unscheduled(
            @RequestParam(required = false) String zone,
            @RequestParam(required = false) OrderKind kind,
            @RequestParam(required = false) @Min(0) @Max(100_000) Integer minAgeHours,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    OffsetDateTime olderThan,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
            Caller caller) {
        return planning.unscheduled(zone, kind, minAgeHours, olderThan, page, size, caller);
    }

    /** The visits of a range (at most 62 days), optionally of one technician or one zone. */
    @GetMapping("/calendar")
    @PreAuthorize(AccessRules.READ_PLANNING)
    CalendarView calendar(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) UUID technicianId,
            @RequestParam(required = false) String zone,
            Caller caller) {
        return planning.calendar(from, to, technicianId, zone, caller);
    }
}
