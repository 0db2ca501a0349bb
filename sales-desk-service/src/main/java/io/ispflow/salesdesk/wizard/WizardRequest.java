package io.ispflow.salesdesk.wizard;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import io.ispflow.contracts.ticket.OrderKind;
import io.ispflow.platform.problem.FieldProblem;
import io.ispflow.salesdesk.examples.ContractExamples;
import io.ispflow.salesdesk.leadclient.NewLead;
import io.ispflow.salesdesk.leadclient.NewProspect;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The create-ticket wizard in one request: an existing lead ({@code {"id": ...}}) or a new one
 * ({@code {"new": {...}}}), an existing prospect of that lead or a new one, and what to create.
 *
 * @param assignee who works the ticket; by default the lead's assignee, else the caller
 * @param notes the ticket's first comment, and the notes of the order it asks for
 */
public record WizardRequest(
        @Schema(
                        description = "The lead: {\"id\": ...} of an existing lead the caller sees, or {\"new\": {...}}"
                                + " to create one",
                        requiredMode = Schema.RequiredMode.REQUIRED)
                LeadChoice lead,
        @Schema(
                        description = "The offer and the place: {\"id\": ...} of an existing prospect of that lead, or"
                                + " {\"new\": {...}} to create one for it",
                        requiredMode = Schema.RequiredMode.REQUIRED)
                ProspectChoice prospect,
        @Schema(
                        description = "What to create: the ticket alone, or the ticket and the order it asks for",
                        example = "TICKET_AND_FEASIBILITY",
                        requiredMode = Schema.RequiredMode.REQUIRED)
                Mode create,
        @Schema(
                        description = "Who works the ticket (a user's subject); by default the lead's assignee, else"
                                + " the caller",
                        example = "ana",
                        maxLength = MAX_ASSIGNEE)
                String assignee,
        @ArraySchema(
                        arraySchema =
                                @Schema(
                                        description = "The ticket's tags: trimmed, each once; at most 20 of at most 40"
                                                + " characters"),
                        maxItems = 20,
                        schema = @Schema(example = "fibra", minLength = 1, maxLength = 40))
                List<String> tags,
        @Schema(
                        description = "The ticket's first comment, and the notes of the order it asks for",
                        example = "Prefiere visita por la mañana; el portero eléctrico no funciona",
                        maxLength = MAX_NOTES)
                String notes) {

    static final int MAX_NOTES = 2000;
    static final int MAX_ASSIGNEE = 200;

    /** Exactly one of the two. */
    @Schema(
            description = "An existing lead by id, or a new one: exactly one of the two",
            example = "{\"id\": \"" + ContractExamples.LEAD_ID + "\"}")
    public record LeadChoice(
            @Schema(description = "The id of an existing lead the caller sees", example = ContractExamples.LEAD_ID)
                    UUID id,
            @Schema(
                            description = "A new lead, created in the lead service before the ticket (its field"
                                    + " errors come back prefixed lead.new.)")
                    @JsonProperty("new")
                    NewLead newLead) {}

    /** Exactly one of the two; an existing prospect must belong to the chosen lead. */
    @Schema(
            description = "An existing prospect of the chosen lead by id, or a new one: exactly one of the two. A new"
                    + " lead takes a new prospect",
            example = "{\"new\": {\"offer\": " + ContractExamples.OFFER + ", \"location\": " + ContractExamples.LOCATION
                    + "}}")
    public record ProspectChoice(
            @Schema(
                            description = "The id of a prospect of the chosen lead, not cancelled",
                            example = ContractExamples.PROSPECT_ID)
                    UUID id,
            @Schema(
                            description = "A new prospect of the chosen lead, created in the lead service before the"
                                    + " ticket (its field errors come back prefixed prospect.new.)")
                    @JsonProperty("new")
                    NewProspect newProspect) {}

    /** What the wizard creates: the ticket alone, or the ticket and the order it asks for. */
    public enum Mode {
        TICKET(null),
        TICKET_AND_FEASIBILITY(OrderKind.FEASIBILITY),
        TICKET_AND_INSTALLATION(OrderKind.INSTALLATION);

        private final OrderKind orderKind;

        Mode(OrderKind orderKind) {
            this.orderKind = orderKind;
        }

        /** The order asked for with the ticket, or null. */
        public OrderKind orderKind() {
            return orderKind;
        }
    }

    /**
     * What is wrong with the request's shape, checked before any call to the lead service (so a bad
     * prospect does not leave a lead behind). Field names are the request's JSON paths.
     */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (lead == null || (lead.id() == null) == (lead.newLead() == null)) {
            problems.add(new FieldProblem("lead", "give either the id of an existing lead or a new lead, not both"));
        } else if (lead.newLead() != null) {
            requireText(problems, "lead.new.name", lead.newLead().name());
        }
        if (prospect == null || (prospect.id() == null) == (prospect.newProspect() == null)) {
            problems.add(new FieldProblem(
                    "prospect", "give either the id of an existing prospect or a new prospect, not both"));
        } else if (prospect.id() != null && lead != null && lead.newLead() != null) {
            problems.add(new FieldProblem(
                    "prospect.id", "an existing prospect belongs to an existing lead: choose that lead by its id"));
        } else if (prospect.newProspect() != null) {
            checkNewProspect(problems, prospect.newProspect());
        }
        if (create == null) {
            problems.add(
                    new FieldProblem("create", "must be TICKET, TICKET_AND_FEASIBILITY or TICKET_AND_INSTALLATION"));
        }
        if (assignee != null && assignee.trim().length() > MAX_ASSIGNEE) {
            problems.add(new FieldProblem("assignee", "must be at most " + MAX_ASSIGNEE + " characters"));
        }
        if (notes != null && notes.trim().length() > MAX_NOTES) {
            problems.add(new FieldProblem("notes", "must be at most " + MAX_NOTES + " characters"));
        }
        return problems;
    }

    private static void checkNewProspect(List<FieldProblem> problems, NewProspect prospect) {
        Offer offer = prospect.offer();
        if (offer == null) {
            problems.add(new FieldProblem("prospect.new.offer", "must not be null"));
        } else {
            requireText(problems, "prospect.new.offer.plan", offer.plan());
        }
        Location location = prospect.location();
        if (location == null) {
            problems.add(new FieldProblem("prospect.new.location", "must not be null"));
            return;
        }
        requireText(problems, "prospect.new.location.address", location.address());
        if (location.latitude() != null && Math.abs(location.latitude()) > 90) {
            problems.add(new FieldProblem("prospect.new.location.latitude", "must be between -90 and 90"));
        }
        if (location.longitude() != null && Math.abs(location.longitude()) > 180) {
            problems.add(new FieldProblem("prospect.new.location.longitude", "must be between -180 and 180"));
        }
    }

    private static void requireText(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "must not be blank"));
        }
    }
}
