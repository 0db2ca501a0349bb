package io.ispflow.lead.assignment;

import io.ispflow.lead.common.Text;
import io.ispflow.lead.lead.Lead;
import io.ispflow.lead.lead.LeadService;
import io.ispflow.lead.lead.LeadView;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.ReturnsETag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/leads")
@Tag(name = "Assignment", description = "Managers give leads to salespeople: one, in bulk, or by round robin per zone")
class AssignmentController {

    private static final String MANAGERS = "hasAnyRole('MANAGER', 'ADMIN')";
    private static final String SUBJECT = "^[^,]*$";

    record AssignmentRequest(
            @Schema(description = "the salesperson's subject; null or empty: nobody", example = "beto")
                    @Size(max = 200)
                    @Pattern(regexp = SUBJECT, message = "must not contain commas")
                    String assignee) {}

    record BulkAssignmentRequest(
            @ArraySchema(
                            arraySchema = @Schema(description = "the leads, 1 to 500"),
                            schema = @Schema(example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c"))
                    @NotEmpty
                    @Size(max = 500)
                    List<@NotNull UUID> leadIds,
            @Schema(description = "the salesperson's subject; null or empty: nobody", example = "beto")
                    @Size(max = 200)
                    @Pattern(regexp = SUBJECT, message = "must not contain commas")
                    String assignee) {}

    record BulkAssignmentResponse(
            @Schema(description = "who the leads were given to; null: nobody", example = "beto") String assignee,
            @Schema(description = "how many leads changed hands", example = "1") long reassigned,
            @Schema(description = "each lead's outcome, in the order asked") List<AssignmentService.Result> results) {}

    record AutoAssignmentRequest(
            @Schema(description = "whether new leads of the zone are given out in turn", example = "true") @NotNull
                    Boolean enabled,
            @ArraySchema(
                            arraySchema =
                                    @Schema(description = "the salespeople's subjects, in turn order (at most 100)"),
                            schema = @Schema(example = "ana"))
                    @Size(max = 100)
                    List<
                                    @NotNull @Size(min = 1, max = 200)
                                    @Pattern(regexp = SUBJECT, message = "must not contain commas") String>
                            salespeople) {}

    record AutoAssignmentView(
            @Schema(example = "NORTE") String zone,
            @Schema(example = "true") boolean enabled,
            @ArraySchema(
                            arraySchema = @Schema(description = "the salespeople, in turn order"),
                            schema = @Schema(example = "ana"))
                    List<String> salespeople,
            @Schema(description = "the position in salespeople of whoever gets the next lead", example = "0")
                    int nextIndex,
            @Schema(example = "2026-11-30T14:05:00Z") OffsetDateTime updatedAt,
            @Schema(example = "marta") String updatedBy,
            @Schema(description = "the version, also sent as the ETag", example = "2") long version) {
        static AutoAssignmentView of(AutoAssignment config) {
            return new AutoAssignmentView(
                    config.getZone(),
                    config.isEnabled(),
                    config.getSalespeople(),
                    config.getNextIndex(),
                    Text.utc(config.getUpdatedAt()),
                    config.getUpdatedBy(),
                    config.getVersion());
        }
    }

    private final LeadService leads;
    private final AssignmentService assignments;

    AssignmentController(LeadService leads, AssignmentService assignments) {
        this.leads = leads;
        this.assignments = assignments;
    }

    @PutMapping("/{id}/assignment")
    @PreAuthorize(MANAGERS)
    @ReturnsETag
    @Operation(
            operationId = "reassignLead",
            summary = "Reassign one lead (managers, If-Match: the lead's ETag); null assignee unassigns it",
            description = "Roles MANAGER, ADMIN, on a lead they can see (404 otherwise); If-Match with the lead's "
                    + "ETag is required. Recorded in the lead's history as REASSIGNED.")
    ResponseEntity<LeadView> reassign(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody AssignmentRequest request,
            Caller caller) {
        Lead lead = leads.reassign(id, ifMatch, request.assignee(), caller);
        return ResponseEntity.ok().eTag(ETags.of(lead.getVersion())).body(LeadView.of(lead));
    }

    @PostMapping("/assignments")
    @PreAuthorize(MANAGERS)
    @Operation(
            operationId = "reassignLeads",
            summary = "Reassign many leads at once (managers)",
            description = "Roles MANAGER, ADMIN. Up to 500 ids; each one's outcome: REASSIGNED, UNCHANGED, "
                    + "NOT_FOUND (unknown or outside the caller's zones) or REFUSED (with the reason).")
    BulkAssignmentResponse reassignAll(@Valid @RequestBody BulkAssignmentRequest request, Caller caller) {
        List<AssignmentService.Result> results = assignments.reassignAll(request.leadIds(), request.assignee(), caller);
        long reassigned = results.stream()
                .filter(r -> r.outcome() == AssignmentService.Outcome.REASSIGNED)
                .count();
        return new BulkAssignmentResponse(Text.clean(request.assignee()), reassigned, results);
    }

    @GetMapping("/auto-assignment/{zone}")
    @ReturnsETag
    @Operation(
            operationId = "getZoneAutoAssignment",
            summary = "A zone's auto-assignment (off until configured)",
            description = "Any authenticated role that sees the zone (404 otherwise).")
    ResponseEntity<AutoAssignmentView> autoAssignment(
            @Parameter(description = "zone catalog code", example = "NORTE") @PathVariable String zone, Caller caller) {
        AutoAssignment config = assignments.get(zone, caller);
        return ResponseEntity.ok().eTag(ETags.of(config.getVersion())).body(AutoAssignmentView.of(config));
    }

    @PutMapping("/auto-assignment/{zone}")
    @PreAuthorize(MANAGERS)
    @ReturnsETag
    @Operation(
            operationId = "configureZoneAutoAssignment",
            summary = "Turn a zone's auto-assignment on or off (managers holding the zone)",
            description = "Roles MANAGER, ADMIN, holding the zone (403 otherwise); a zone configured for the first "
                    + "time must be active in the catalog. New leads of the zone that nobody was assigned to go to "
                    + "these salespeople in turn. Changing an existing configuration needs its ETag in If-Match.")
    ResponseEntity<AutoAssignmentView> configure(
            @Parameter(description = "zone catalog code", example = "NORTE") @PathVariable String zone,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody AutoAssignmentRequest request,
            Caller caller) {
        AutoAssignment config = assignments.configure(zone, ifMatch, request.enabled(), request.salespeople(), caller);
        return ResponseEntity.ok().eTag(ETags.of(config.getVersion())).body(AutoAssignmentView.of(config));
    }
}
