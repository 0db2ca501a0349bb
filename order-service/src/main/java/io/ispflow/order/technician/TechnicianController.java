package io.ispflow.order.technician;

import io.ispflow.platform.openapi.ProblemResponse;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.OptionalIfMatch;
import io.ispflow.platform.web.PageResponse;
import io.ispflow.platform.web.ReturnsETag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(
        name = "Technicians",
        description = "The field technicians: their zones, skills, working hours and time zone. Planners and admins"
                + " keep them; every authenticated user reads them.")
class TechnicianController {

    private final TechnicianService technicians;

    TechnicianController(TechnicianService technicians) {
        this.technicians = technicians;
    }

    @GetMapping
    @Operation(
            operationId = "listTechnicians",
            summary = "List technicians, a page at a time, by name",
            description = "Any authenticated user (every role). Not zone-filtered: the filters narrow the list.")
    PageResponse<TechnicianView> list(
            @Parameter(description = "Only technicians serving this zone (code)", example = "NORTE")
                    @RequestParam(required = false)
                    String zone,
            @Parameter(description = "Only active (true) or inactive (false) technicians", example = "true")
                    @RequestParam(required = false)
                    Boolean active,
            @Parameter(description = "Only technicians with this skill (code)", example = "FIBER")
                    @RequestParam(required = false)
                    String skill,
            @Parameter(description = "Part of the technician's name", example = "Pérez") @RequestParam(required = false)
                    String q,
            @Parameter(description = "Page number, from 0", example = "0") @RequestParam(defaultValue = "0") @Min(0)
                    int page,
            @Parameter(description = "Page size, 1 to 200", example = "50")
                    @RequestParam(defaultValue = "50")
                    @Min(1)
                    @Max(200)
                    int size) {
        return technicians.list(zone, active, skill, q, page, size);
    }

    /** The technician linked to the caller's login (the technicians' app starts here). */
    @GetMapping("/me")
    @ReturnsETag
    @ProblemResponse(status = 404, description = "The caller is not registered as a technician")
    @Operation(
            operationId = "getMyTechnicianProfile",
            summary = "Get the technician linked to the caller's login",
            description = "Any authenticated user; the technicians' app starts here. A 404 when no technician is"
                    + " linked to the caller's login (its userId is the token's subject).")
    ResponseEntity<TechnicianView> me(Caller caller) {
        return withETag(technicians.me(caller));
    }

    @GetMapping("/{id}")
    @ReturnsETag
    @Operation(
            operationId = "getTechnician",
            summary = "Get a technician; its ETag is its version",
            description = "Any authenticated user. 404 for an unknown id. The ETag is the If-Match of its update.")
    ResponseEntity<TechnicianView> get(
            @Parameter(description = "The technician's id", example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
                    @PathVariable
                    UUID id) {
        return withETag(technicians.get(id));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    @ReturnsETag
    @Operation(
            operationId = "createTechnician",
            summary = "Create a technician",
            description = "Roles: PLANNER, ADMIN. The caller must hold every zone the technician serves (403"
                    + " otherwise; a caller without zones holds them all). One technician per login: a userId"
                    + " already linked is a 409 technician-user-taken. Without workingHours, Monday to Friday"
                    + " 08:00-17:00; without timeZone, the service's default; an unknown time zone or a day ending"
                    + " before it starts is a 400 naming the field. active: false creates it inactive.")
    @ApiResponse(responseCode = "201", description = "The technician was created; Location is its address")
    ResponseEntity<TechnicianView> create(@Valid @RequestBody TechnicianRequest request, Caller caller) {
        TechnicianView created = technicians.create(request, caller);
        return ResponseEntity.created(URI.create("/api/technicians/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    @ReturnsETag
    @Operation(
            operationId = "updateTechnician",
            summary = "Replace a technician's profile",
            description = "Roles: PLANNER, ADMIN. If-Match is required: without it 428, stale 412. A full update:"
                    + " what is left out takes its default (working hours Monday to Friday 08:00-17:00, the default"
                    + " time zone), except active, which is kept when absent. The caller must hold every zone the"
                    + " technician serves, before and after (403). A userId linked to another technician is a 409"
                    + " technician-user-taken; 404 for an unknown id.")
    ResponseEntity<TechnicianView> update(
            @Parameter(description = "The technician's id", example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
                    @PathVariable
                    UUID id,
            @Parameter(
                            description = "The technician's ETag as last read (its version). Required: 428 without"
                                    + " it, 412 when stale.",
                            example = "\"2\"")
                    @RequestHeader(name = "If-Match", required = false)
                    String ifMatch,
            @Valid @RequestBody TechnicianRequest request,
            Caller caller) {
        return withETag(technicians.update(id, ifMatch, request, caller));
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    @ReturnsETag
    @OptionalIfMatch
    @Operation(
            operationId = "deactivateTechnician",
            summary = "Deactivate a technician (take them off the planning)",
            description = "Roles: PLANNER, ADMIN. An inactive technician cannot be scheduled; visits already booked"
                    + " stay. Deactivating an inactive technician changes nothing. The caller must hold every zone"
                    + " the technician serves (403); 404 for an unknown id. If-Match is optional: when sent, a stale"
                    + " version is a 412.")
    ResponseEntity<TechnicianView> deactivate(
            @Parameter(description = "The technician's id", example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
                    @PathVariable
                    UUID id,
            @Parameter(
                            description = "The technician's ETag as last read; optional, checked when sent (412 when"
                                    + " stale)",
                            example = "\"2\"")
                    @RequestHeader(name = "If-Match", required = false)
                    String ifMatch,
            Caller caller) {
        return withETag(technicians.setActive(id, false, ifMatch, caller));
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    @ReturnsETag
    @OptionalIfMatch
    @Operation(
            operationId = "activateTechnician",
            summary = "Reactivate a technician (back on the planning)",
            description = "Roles: PLANNER, ADMIN. Activating an active technician changes nothing. The caller must"
                    + " hold every zone the technician serves (403); 404 for an unknown id. If-Match is optional:"
                    + " when sent, a stale version is a 412.")
    ResponseEntity<TechnicianView> activate(
            @Parameter(description = "The technician's id", example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
                    @PathVariable
                    UUID id,
            @Parameter(
                            description = "The technician's ETag as last read; optional, checked when sent (412 when"
                                    + " stale)",
                            example = "\"2\"")
                    @RequestHeader(name = "If-Match", required = false)
                    String ifMatch,
            Caller caller) {
        return withETag(technicians.setActive(id, true, ifMatch, caller));
    }

    private static ResponseEntity<TechnicianView> withETag(TechnicianView view) {
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }
}
