package io.ispflow.order.technician;

import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The technicians: planners and admins write, every authenticated user reads. */
@RestController
@RequestMapping("/api/technicians")
class TechnicianController {

    private final TechnicianService technicians;

    TechnicianController(TechnicianService technicians) {
        this.technicians = technicians;
    }

    @GetMapping
    PageResponse<TechnicianView> list(
            @RequestParam(required = false) String zone,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) String skill,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return technicians.list(zone, active, skill, q, page, size);
    }

    /** The technician linked to the caller's login (the technicians' app starts here). */
    @GetMapping("/me")
    ResponseEntity<TechnicianView> me(Caller caller) {
        return withETag(technicians.me(caller));
    }

    @GetMapping("/{id}")
    ResponseEntity<TechnicianView> get(@PathVariable UUID id) {
        return withETag(technicians.get(id));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    ResponseEntity<TechnicianView> create(@Valid @RequestBody TechnicianRequest request, Caller caller) {
        TechnicianView created = technicians.create(request, caller);
        return ResponseEntity.created(URI.create("/api/technicians/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    ResponseEntity<TechnicianView> update(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody TechnicianRequest request,
            Caller caller) {
        return withETag(technicians.update(id, ifMatch, request, caller));
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    ResponseEntity<TechnicianView> deactivate(
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return withETag(technicians.setActive(id, false, ifMatch, caller));
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    ResponseEntity<TechnicianView> activate(
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return withETag(technicians.setActive(id, true, ifMatch, caller));
    }

    private static ResponseEntity<TechnicianView> withETag(TechnicianView view) {
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }
}
