package io.ispflow.lead.duplicates;

import io.ispflow.lead.common.Text;
import io.ispflow.lead.lead.LeadMatcher;
import io.ispflow.lead.lead.LeadService;
import io.ispflow.lead.lead.LeadStage;
import io.ispflow.lead.lead.LeadStatus;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Duplicates",
        description = "Whether a document, e-mail or phone already belongs to a lead, before registering another")
class DuplicatesController {

    /** A lead the caller may see that shares the document, e-mail or phone. */
    record Candidate(
            @Schema(example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c") UUID id,
            @Schema(example = "María González") String name,
            @Schema(example = "NORTE") String zone,
            @Schema(example = "LEAD") LeadStage stage,
            @Schema(example = "CONTACTED") LeadStatus status,
            @Schema(description = "which of the values matched") Set<LeadMatcher.Key> matchedOn) {}

    /** Matches in a zone the caller cannot see: only that they exist there, never whose they are. */
    record ElsewhereMatch(
            @Schema(example = "SUR") String zone,
            @Schema(description = "which of the values matched") Set<LeadMatcher.Key> matchedOn,
            @Schema(example = "exists in zone SUR") String message) {}

    record DuplicateCheck(
            @Schema(description = "matching leads the caller can see (at most 20)") List<Candidate> candidates,
            @Schema(description = "zones the caller cannot see that have matches") List<ElsewhereMatch> otherZones) {}

    private final LeadMatcher matcher;

    DuplicatesController(LeadMatcher matcher) {
        this.matcher = matcher;
    }

    @GetMapping("/api/leads/duplicates")
    @Transactional(readOnly = true)
    @Operation(
            operationId = "findDuplicateLeads",
            summary = "Leads that already have this document, e-mail or phone, in every zone",
            description = "Any authenticated role; at least one of document, email, phone (400 otherwise). "
                    + "Documents are compared by their letters and digits, e-mails without case, phones by their "
                    + "last ten digits (phone and mobile). A match outside the caller's zones is reported only as "
                    + "'exists in zone X', with no personal data.")
    DuplicateCheck duplicates(
            @Parameter(description = "a document number", example = "30.123.456")
                    @RequestParam(required = false)
                    @Size(max = 40)
                    String document,
            @Parameter(description = "an e-mail address", example = "maria.gonzalez@example.com")
                    @RequestParam(required = false)
                    @Size(max = 200)
                    String email,
            @Parameter(description = "a phone number (matched against phone and mobile)", example = "+54 11 4321-5678")
                    @RequestParam(required = false)
                    @Size(max = 40)
                    String phone,
            Caller caller) {
        String doc = Text.clean(document);
        String mail = Text.clean(email);
        String tel = Text.clean(phone);
        if (doc == null && mail == null && tel == null) {
            throw BadRequestException.invalidField("document", "give a document, an email or a phone");
        }
        List<Candidate> visible = new ArrayList<>();
        Map<String, Set<LeadMatcher.Key>> elsewhere = new LinkedHashMap<>();
        for (LeadMatcher.Match match : matcher.find(doc, mail, tel, LeadService.MATCH_LIMIT * 5)) {
            if (caller.canSee(match.zone())) {
                if (visible.size() < LeadService.MATCH_LIMIT) {
                    visible.add(new Candidate(
                            match.id(), match.name(), match.zone(), match.stage(), match.status(), match.matchedOn()));
                }
            } else {
                elsewhere
                        .computeIfAbsent(match.zone(), zone -> EnumSet.noneOf(LeadMatcher.Key.class))
                        .addAll(match.matchedOn());
            }
        }
        List<ElsewhereMatch> otherZones = elsewhere.entrySet().stream()
                .map(e -> new ElsewhereMatch(e.getKey(), e.getValue(), "exists in zone " + e.getKey()))
                .toList();
        return new DuplicateCheck(visible, otherZones);
    }
}
