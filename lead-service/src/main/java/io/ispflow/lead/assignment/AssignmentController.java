package io.ispflow.lead.assignment;

import io.ispflow.lead.common.Text;
import io.ispflow.lead.lead.Lead;
import io.ispflow.lead.lead.LeadService;
import io.ispflow.lead.lead.LeadView;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
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
@Tag(name = "Assignment", description = "Managers give leads to salespeople, one, in bulk, or by round robin")
class AssignmentController {

    private static final String MANAGERS = "hasAnyRole('MANAGER', 'ADMIN')";
    private static final String SUBJECT = "^[^,]*$";

    record AssignmentRequest(
            @Size(max = 200) @Pattern(regexp = SUBJECT, message = "must not contain commas") String assignee) {}

    record BulkAssignmentRequest(
            @NotEmpty @Size(max = 500) List<@NotNull UUID> leadIds,
            @Size(max = 200) @Pattern(regexp = SUBJECT, message = "must not contain commas") String assignee) {}

    record BulkAssignmentResponse(String assignee, long reassigned, List<AssignmentService.Result> results) {}

    record AutoAssignmentRequest(
            @NotNull Boolean enabled,
            @Size(max = 100)
                    List<
                                    @NotNull @Size(min = 1, max = 200)
                                    @Pattern(regexp = SUBJECT, message = "must not contain commas") String>
                            salespeople) {}

    record AutoAssignmentView(
            String zone,
            boolean enabled,
            List<String> salespeople,
            int nextIndex,
            OffsetDateTime updatedAt,
            String updatedBy,
            long version) {
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
    @Operation(summary = "Reassign one lead (managers, If-Match: the lead's ETag); null assignee unassigns it")
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
            summary = "Reassign many leads at once (managers)",
            description = "Up to 500 ids; each one's outcome: REASSIGNED, UNCHANGED, NOT_FOUND (unknown or "
                    + "outside the caller's zones) or REFUSED (with the reason).")
    BulkAssignmentResponse reassignAll(@Valid @RequestBody BulkAssignmentRequest request, Caller caller) {
        List<AssignmentService.Result> results = assignments.reassignAll(request.leadIds(), request.assignee(), caller);
        long reassigned = results.stream()
                .filter(r -> r.outcome() == AssignmentService.Outcome.REASSIGNED)
                .count();
        return new BulkAssignmentResponse(Text.clean(request.assignee()), reassigned, results);
    }

    @GetMapping("/auto-assignment/{zone}")
    @Operation(summary = "A zone's auto-assignment (off until configured)")
    ResponseEntity<AutoAssignmentView> autoAssignment(@PathVariable String zone, Caller caller) {
        AutoAssignment config = assignments.get(zone, caller);
        return ResponseEntity.ok().eTag(ETags.of(config.getVersion())).body(AutoAssignmentView.of(config));
    }

    @PutMapping("/auto-assignment/{zone}")
    @PreAuthorize(MANAGERS)
    @Operation(
            summary = "Turn a zone's auto-assignment on or off (managers holding the zone)",
            description = "New leads of the zone that nobody was assigned to go to these salespeople in turn. "
                    + "Changing an existing configuration needs its ETag in If-Match.")
    ResponseEntity<AutoAssignmentView> configure(
            @PathVariable String zone,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody AutoAssignmentRequest request,
            Caller caller) {
        AutoAssignment config = assignments.configure(zone, ifMatch, request.enabled(), request.salespeople(), caller);
        return ResponseEntity.ok().eTag(ETags.of(config.getVersion())).body(AutoAssignmentView.of(config));
    }
}
