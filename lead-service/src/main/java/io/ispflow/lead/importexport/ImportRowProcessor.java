package io.ispflow.lead.importexport;

import io.ispflow.lead.common.Text;
import io.ispflow.lead.history.FieldChange;
import io.ispflow.lead.lead.Lead;
import io.ispflow.lead.lead.LeadDetails;
import io.ispflow.lead.lead.LeadMatcher;
import io.ispflow.lead.lead.LeadRequest;
import io.ispflow.lead.lead.LeadService;
import io.ispflow.platform.problem.FieldProblem;
import io.ispflow.platform.problem.ProblemException;
import io.ispflow.platform.security.Caller;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Applies one row of an import, in its batch's transaction, as the importer: the same checks as the
 * API (field rules, one of the importer's zones when they have zones, active catalog codes), then an
 * upsert by natural key (the document, else the e-mail, else the phone), only among the leads the
 * importer can see. Each created or updated lead gets its history entry and event like any other
 * change. Refusals become ERROR rows and never throw, so the rest of the batch goes on.
 */
@Component
class ImportRowProcessor {

    /** What the worker needs to know about the import being processed. */
    record Context(UUID importId, Caller importer) {}

    private final LeadService leads;
    private final LeadMatcher matcher;
    private final ImportStore store;
    private final Validator validator;

    ImportRowProcessor(LeadService leads, LeadMatcher matcher, ImportStore store, Validator validator) {
        this.leads = leads;
        this.matcher = matcher;
        this.store = store;
        this.validator = validator;
    }

    ImportStore.ReportRow process(ImportFile.Row row, Context context) {
        LeadRequest request = request(row);
        boolean nameMissing = Text.clean(row.get("name")) == null;
        Set<ConstraintViolation<LeadRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return error(
                    row,
                    violations.stream()
                            .sorted(Comparator.comparing(
                                    v -> v.getPropertyPath().toString()))
                            .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                            .collect(Collectors.joining("; ")));
        }
        LeadDetails details = request.details();
        if (nameMissing) {
            details = withoutName(details);
        }
        try {
            return upsert(row, details, nameMissing, context);
        } catch (ProblemException refused) {
            return error(row, describe(refused));
        }
    }

    private ImportStore.ReportRow upsert(
            ImportFile.Row row, LeadDetails details, boolean nameMissing, Context context) {
        NaturalKey key = NaturalKey.of(details);
        List<LeadMatcher.Match> matches = key == null
                ? List.of()
                : matcher.find(key.document(), key.email(), key.phone(), LeadService.MATCH_LIMIT);
        Optional<LeadMatcher.Match> visible = matches.stream()
                .filter(match -> context.importer().canSee(match.zone()))
                .findFirst();
        if (visible.isPresent()) {
            UUID leadId = visible.get().id();
            Optional<Integer> earlierRow = store.rowOfLead(context.importId(), leadId);
            if (earlierRow.isPresent()) {
                return new ImportStore.ReportRow(
                        row.number(),
                        RowOutcome.DUPLICATE,
                        null,
                        null,
                        "same " + key.label() + " as row " + earlierRow.get());
            }
            Lead lead = leads.lock(leadId).orElseThrow();
            List<FieldChange> changes = leads.revise(
                    lead, lead.details().overriddenBy(details), context.importer(), "import:" + context.importId());
            return new ImportStore.ReportRow(
                    row.number(),
                    changes.isEmpty() ? RowOutcome.UNCHANGED : RowOutcome.UPDATED,
                    lead.getId(),
                    lead.getZone(),
                    changes.isEmpty()
                            ? null
                            : "changed "
                                    + changes.stream().map(FieldChange::field).collect(Collectors.joining(", ")));
        }
        if (!matches.isEmpty()) {
            // never touch, nor reveal, what the importer cannot see: only the zone
            String zones = matches.stream()
                    .map(LeadMatcher.Match::zone)
                    .distinct()
                    .sorted()
                    .collect(Collectors.joining(", "));
            return new ImportStore.ReportRow(
                    row.number(),
                    RowOutcome.DUPLICATE,
                    null,
                    null,
                    "a lead with this " + key.label() + " exists in zone " + zones);
        }
        if (nameMissing) {
            return error(row, "name: must not be blank");
        }
        Lead lead = leads.register(details, null, context.importer(), true, context.importId());
        return new ImportStore.ReportRow(row.number(), RowOutcome.CREATED, lead.getId(), lead.getZone(), null);
    }

    /** The row as an API request, so it is checked by exactly the same rules. */
    private static LeadRequest request(ImportFile.Row row) {
        LeadRequest.BillingRequest billing = null;
        if (Text.clean(row.get("businessName")) != null
                || Text.clean(row.get("taxCondition")) != null
                || Text.clean(row.get("invoiceType")) != null
                || Text.clean(row.get("taxId")) != null
                || Text.clean(row.get("additionalTaxes")) != null) {
            billing = new LeadRequest.BillingRequest(
                    Text.clean(row.get("businessName")),
                    upper(row.get("taxCondition")),
                    upper(row.get("invoiceType")),
                    Text.clean(row.get("taxId")),
                    Text.clean(row.get("additionalTaxes")));
        }
        String name = Text.clean(row.get("name"));
        return new LeadRequest(
                upper(row.get("personType")),
                name == null ? "-" : name, // checked later: only a new lead needs one
                upper(row.get("documentType")),
                Text.clean(row.get("documentNumber")),
                Text.clean(row.get("email")),
                Text.clean(row.get("phone")),
                Text.clean(row.get("mobile")),
                Text.clean(row.get("notes")),
                upper(row.get("origin")),
                upper(row.get("zone")),
                billing,
                null,
                Text.clean(row.get("channel")),
                Text.clean(row.get("campaign")));
    }

    private static LeadDetails withoutName(LeadDetails details) {
        return new LeadDetails(
                details.personType(),
                null,
                details.documentType(),
                details.documentNumber(),
                details.email(),
                details.phone(),
                details.mobile(),
                details.notes(),
                details.origin(),
                details.zone(),
                details.billing(),
                details.channel(),
                details.campaign());
    }

    private static String upper(String value) {
        String clean = Text.clean(value);
        return clean == null ? null : clean.toUpperCase(Locale.ROOT);
    }

    private static ImportStore.ReportRow error(ImportFile.Row row, String message) {
        return new ImportStore.ReportRow(row.number(), RowOutcome.ERROR, null, null, message);
    }

    /** A refusal as one line: the detail, or the field errors of a 400. */
    @SuppressWarnings("unchecked")
    private static String describe(ProblemException refused) {
        Object errors = refused.toProblemDetail().getProperties() == null
                ? null
                : refused.toProblemDetail().getProperties().get("errors");
        if (errors instanceof List<?> list && !list.isEmpty()) {
            return ((List<FieldProblem>) list)
                    .stream().map(ImportRowProcessor::describe).collect(Collectors.joining("; "));
        }
        return refused.getMessage();
    }

    /**
     * A field error as one phrase: "email: must be a well-formed email address", but "zone is required:
     * choose one of your zones (NORTE)".
     */
    private static String describe(FieldProblem error) {
        return error.field() + (error.message().startsWith("is ") ? " " : ": ") + error.message();
    }

    /** The key an import row is matched by: the document, else the e-mail, else the phone (or mobile). */
    record NaturalKey(String document, String email, String phone) {
        static NaturalKey of(LeadDetails details) {
            if (details.documentNumber() != null) {
                return new NaturalKey(details.documentNumber(), null, null);
            }
            if (details.email() != null) {
                return new NaturalKey(null, details.email(), null);
            }
            String phone = details.phone() != null ? details.phone() : details.mobile();
            return phone == null ? null : new NaturalKey(null, null, phone);
        }

        String label() {
            return document != null ? "document" : email != null ? "email" : "phone";
        }
    }
}
