package io.ispflow.order.fieldwork;

import io.ispflow.order.order.OrderView;
import io.ispflow.order.web.AccessRules;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.OptionalIfMatch;
import io.ispflow.platform.web.ReturnsETag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The technicians' app: start the visit, then close it. If-Match is checked when sent. */
@RestController
@RequestMapping("/api/orders/{id}")
@Tag(
        name = "Field work",
        description = "The technicians' app: start the visit on site, then close it with its outcome and the"
                + " equipment installed.")
class FieldworkController {

    private final FieldworkService fieldwork;

    FieldworkController(FieldworkService fieldwork) {
        this.fieldwork = fieldwork;
    }

    @PostMapping("/start")
    @PreAuthorize(AccessRules.FIELDWORK)
    @ReturnsETag
    @OptionalIfMatch
    @Operation(
            operationId = "startOrder",
            summary = "Start the visit (the technician arrived)",
            description = "Roles: TECHNICIAN, ADMIN. Only the technician the order is scheduled for may start it"
                    + " (an ADMIN may stand in): another technician gets a 404, as for an order outside the"
                    + " caller's zones; a caller with a broader role who is not assigned gets a 403 not-assigned."
                    + " Only a SCHEDULED order can be started (otherwise 409 order-status); it becomes IN_PROGRESS."
                    + " If-Match is optional: when sent, a stale version is a 412.")
    ResponseEntity<OrderView> start(
            @Parameter(description = "The order's id", example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c") @PathVariable
                    UUID id,
            @Parameter(
                            description =
                                    "The order's ETag as last read; optional, checked when sent (412 when" + " stale)",
                            example = "\"3\"")
                    @RequestHeader(name = "If-Match", required = false)
                    String ifMatch,
            Caller caller) {
        return withETag(fieldwork.start(id, ifMatch, caller));
    }

    @PutMapping("/completion")
    @PreAuthorize(AccessRules.FIELDWORK)
    @ReturnsETag
    @OptionalIfMatch
    @Operation(
            operationId = "completeOrder",
            summary = "Close the visit with its outcome",
            description = "Roles: TECHNICIAN, ADMIN; only the technician the order is scheduled for (an ADMIN may"
                    + " stand in; another technician gets a 404, a broader role not assigned a 403 not-assigned). A"
                    + " SCHEDULED or IN_PROGRESS order becomes COMPLETED (a SCHEDULED one is started on the way, and"
                    + " both events are published); any other status is a 409 order-status. A FAILED outcome needs a"
                    + " failureReason; a successful feasibility visit needs its feasibility, which no other visit"
                    + " takes (400 naming the field). Once the customer's personal data was erased, the notes are not"
                    + " kept and a failure reason reads `erased`. If-Match is optional: when sent, a stale version"
                    + " is a 412.")
    ResponseEntity<OrderView> complete(
            @Parameter(description = "The order's id", example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c") @PathVariable
                    UUID id,
            @Parameter(
                            description =
                                    "The order's ETag as last read; optional, checked when sent (412 when" + " stale)",
                            example = "\"4\"")
                    @RequestHeader(name = "If-Match", required = false)
                    String ifMatch,
            @Valid @RequestBody CompletionRequest request,
            Caller caller) {
        return withETag(fieldwork.complete(id, request, ifMatch, caller));
    }

    private static ResponseEntity<OrderView> withETag(OrderView view) {
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }
}
