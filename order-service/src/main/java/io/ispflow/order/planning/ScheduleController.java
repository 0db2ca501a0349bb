package io.ispflow.order.planning;

import io.ispflow.order.order.OrderView;
import io.ispflow.order.web.AccessRules;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.ReturnsETag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A planner drops an order on the calendar (schedule, reschedule) or takes it off (unschedule). */
@RestController
@RequestMapping("/api/orders/{id}/schedule")
@Tag(
        name = "Planning",
        description = "\"Planificar\": the unscheduled column, the calendar of the technicians' visits, and putting"
                + " orders on it (schedule, reschedule, unschedule).")
class ScheduleController {

    private final SchedulingService scheduling;

    ScheduleController(SchedulingService scheduling) {
        this.scheduling = scheduling;
    }

    @PutMapping
    @PreAuthorize(AccessRules.PLAN)
    @ReturnsETag
    @Operation(
            operationId = "scheduleOrder",
            summary = "Schedule (or reschedule) an order's visit with a technician",
            description = "Roles: PLANNER, ADMIN. If-Match is required: without it 428, stale 412. Only an"
                    + " UNSCHEDULED or SCHEDULED order goes on the calendar (otherwise 409 order-status); an order"
                    + " outside the caller's zones is a 404, an unknown technician a 400 on technicianId. A"
                    + " technician is never double-booked: a visit overlapping another of theirs is a 409"
                    + " technician-double-booked naming the conflicting order (conflictingOrderId,"
                    + " conflictingOrderNumber, conflictingStart, conflictingEnd). An inactive technician is a 409"
                    + " technician-inactive. A technician who does not serve the order's zone (409 technician-zone)"
                    + " or a visit outside their working hours (409 outside-working-hours) is refused unless the"
                    + " request says override: true; the overridden rules are then recorded on the order.")
    ResponseEntity<OrderView> schedule(
            @Parameter(description = "The order's id", example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c") @PathVariable
                    UUID id,
            @Parameter(
                            description = "The order's ETag as last read (its version). Required: 428 without it, 412"
                                    + " when stale.",
                            example = "\"1\"")
                    @RequestHeader(name = "If-Match", required = false)
                    String ifMatch,
            @Valid @RequestBody ScheduleRequest request,
            Caller caller) {
        return withETag(scheduling.schedule(id, request, ifMatch, caller));
    }

    @DeleteMapping
    @PreAuthorize(AccessRules.PLAN)
    @ReturnsETag
    @Operation(
            operationId = "unscheduleOrder",
            summary = "Take an order's visit off the calendar",
            description = "Roles: PLANNER, ADMIN. If-Match is required: without it 428, stale 412. Only a SCHEDULED"
                    + " order can be unscheduled (otherwise 409 order-status); it goes back to the unscheduled"
                    + " column. An order outside the caller's zones is a 404. Answers the updated order.")
    ResponseEntity<OrderView> unschedule(
            @Parameter(description = "The order's id", example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c") @PathVariable
                    UUID id,
            @Parameter(
                            description = "The order's ETag as last read (its version). Required: 428 without it, 412"
                                    + " when stale.",
                            example = "\"2\"")
                    @RequestHeader(name = "If-Match", required = false)
                    String ifMatch,
            Caller caller) {
        return withETag(scheduling.unschedule(id, ifMatch, caller));
    }

    private static ResponseEntity<OrderView> withETag(OrderView view) {
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }
}
