package io.ispflow.order.planning;

import io.ispflow.order.order.OrderView;
import io.ispflow.order.web.AccessRules;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
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
class ScheduleController {

    private final SchedulingService scheduling;

    ScheduleController(SchedulingService scheduling) {
        this.scheduling = scheduling;
    }

    @PutMapping
    @PreAuthorize(AccessRules.PLAN)
    ResponseEntity<OrderView> schedule(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ScheduleRequest request,
            Caller caller) {
        return withETag(scheduling.schedule(id, request, ifMatch, caller));
    }

    @DeleteMapping
    @PreAuthorize(AccessRules.PLAN)
    ResponseEntity<OrderView> unschedule(
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return withETag(scheduling.unschedule(id, ifMatch, caller));
    }

    private static ResponseEntity<OrderView> withETag(OrderView view) {
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }
}
