package io.ispflow.order.fieldwork;

import io.ispflow.order.order.OrderView;
import io.ispflow.order.web.AccessRules;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
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
class FieldworkController {

    private final FieldworkService fieldwork;

    FieldworkController(FieldworkService fieldwork) {
        this.fieldwork = fieldwork;
    }

    @PostMapping("/start")
    @PreAuthorize(AccessRules.FIELDWORK)
    ResponseEntity<OrderView> start(
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return withETag(fieldwork.start(id, ifMatch, caller));
    }

    @PutMapping("/completion")
    @PreAuthorize(AccessRules.FIELDWORK)
    ResponseEntity<OrderView> complete(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody CompletionRequest request,
            Caller caller) {
        return withETag(fieldwork.complete(id, request, ifMatch, caller));
    }

    private static ResponseEntity<OrderView> withETag(OrderView view) {
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }
}
