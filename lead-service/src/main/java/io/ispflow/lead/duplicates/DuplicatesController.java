package io.ispflow.lead.duplicates;

import io.ispflow.lead.common.Text;
import io.ispflow.lead.lead.LeadMatcher;
import io.ispflow.lead.lead.LeadService;
import io.ispflow.lead.lead.LeadStage;
import io.ispflow.lead.lead.LeadStatus;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
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
@Tag(name = "Leads")
class DuplicatesController {

    /** A lead the caller may see that shares the document, e-mail or phone. */
    record Candidate(
            UUID id, String name, String zone, LeadStage stage, LeadStatus status, Set<LeadMatcher.Key> matchedOn) {}

    /** Matches in a zone the caller cannot see: only that they exist there, never whose they are. */
    record ElsewhereMatch(String zone, Set<LeadMatcher.Key> matchedOn, String message) {}

    record DuplicateCheck(List<Candidate> candidates, List<ElsewhereMatch> otherZones) {}

    private final LeadMatcher matcher;

    DuplicatesController(LeadMatcher matcher) {
        this.matcher = matcher;
    }

    @GetMapping("/api/leads/duplicates")
    @Transactional(readOnly = true)
    @Operation(
            summary = "Leads that already have this document, e-mail or phone, in every zone",
            description = "Documents are compared by their letters and digits, e-mails without case, phones by their "
                    + "last ten digits (phone and mobile). A match outside the caller's zones is reported only as "
                    + "'exists in zone X', with no personal data.")
    DuplicateCheck duplicates(
            @RequestParam(required = false) @Size(max = 40) String document,
            @RequestParam(required = false) @Size(max = 200) String email,
            @RequestParam(required = false) @Size(max = 40) String phone,
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
