package io.ispflow.lead.lead;

import io.ispflow.lead.common.Text;
import io.ispflow.platform.problem.BadRequestException;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the grid and the export filter by (query parameters of {@code GET /api/leads} and
 * {@code GET /api/leads/export}). Multi-valued filters take several values, repeated or
 * comma-separated ({@code status=NEW,CONTACTED}). Dates are ISO dates (whole days, UTC) or date-times;
 * {@code createdTo} is inclusive for a date.
 *
 * @param q free text: every word must appear in the name, document, e-mail, phone or mobile (accents
 *     and case ignored)
 * @param unassigned true: only leads nobody is assigned to
 * @param stale true: only the imported leads the stale-lead policy lets a manager delete
 */
public record LeadFilter(
        @Parameter(
                        description = "free text (at most 200 characters): every word must appear in the name, "
                                + "document, e-mail, phone or mobile; accents and case ignored",
                        example = "gonzalez 30123456")
                String q,
        @Parameter(
                        description = "origin catalog codes; several values repeated or comma-separated",
                        example = "[\"WEB\"]")
                List<String> origin,
        @Parameter(
                        description = "zone catalog codes; several values repeated or comma-separated (never widens "
                                + "what the caller's zones let them see)",
                        example = "[\"NORTE\"]")
                List<String> zone,
        @Parameter(
                        description = "sales statuses: NEW, CONTACTED, QUALIFIED, DISCARDED; several values repeated "
                                + "or comma-separated",
                        example = "[\"NEW\"]")
                List<String> status,
        @Parameter(
                        description = "stages: LEAD, PROSPECT, CUSTOMER; several values repeated or comma-separated",
                        example = "[\"LEAD\"]")
                List<String> stage,
        @Parameter(description = "the subject of the salesperson the leads are assigned to", example = "ana")
                String assignee,
        @Parameter(description = "true: only leads nobody is assigned to", example = "true") Boolean unassigned,
        @Parameter(description = "the channel, exactly", example = "Formulario web") String channel,
        @Parameter(description = "the campaign, exactly", example = "Verano 2026") String campaign,
        @Parameter(
                        description = "created at or after: an ISO date (from its start, UTC) or date-time",
                        example = "2026-11-01")
                String createdFrom,
        @Parameter(
                        description = "created before: an ISO date (inclusive: the whole day, UTC) or date-time",
                        example = "2026-11-30")
                String createdTo,
        @Parameter(
                        description = "true: only the stale imported leads a manager may delete (imported, never "
                                + "assigned, still at stage LEAD, imported at least ispflow.lead.stale-after-days ago)",
                        example = "true")
                Boolean stale) {

    public static final LeadFilter NONE =
            new LeadFilter(null, null, null, null, null, null, null, null, null, null, null, null);

    public LeadFilter {
        q = Text.clean(q);
        origin = values(origin);
        zone = values(zone);
        status = values(status).stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
        stage = values(stage).stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
        assignee = Text.clean(assignee);
        channel = Text.clean(channel);
        campaign = Text.clean(campaign);
        createdFrom = Text.clean(createdFrom);
        createdTo = Text.clean(createdTo);
    }

    /** Refuses a filter that cannot be applied with a 400 naming the parameter. */
    public LeadFilter validate() {
        checked("status", status, LeadStatus.class);
        checked("stage", stage, LeadStage.class);
        if (q != null && q.length() > 200) {
            throw BadRequestException.invalidField("q", "size must be between 0 and 200");
        }
        Instant from = from(createdFrom);
        Instant to = to(createdTo);
        if (from != null && to != null && !from.isBefore(to)) {
            throw BadRequestException.invalidField("createdTo", "must be after createdFrom");
        }
        return this;
    }

    /** The words of the free text, each at most 60 characters, at most 8 of them. */
    public List<String> words() {
        if (q == null) {
            return List.of();
        }
        return Arrays.stream(q.split("\\s+"))
                .filter(word -> !word.isBlank())
                .map(word -> word.length() > 60 ? word.substring(0, 60) : word)
                .limit(8)
                .toList();
    }

    /** The start of the creation range, inclusive. */
    public Instant createdFromInstant() {
        return from(createdFrom);
    }

    /** The end of the creation range, exclusive. */
    public Instant createdToInstant() {
        return to(createdTo);
    }

    private static Instant from(String value) {
        return parse("createdFrom", value, false);
    }

    private static Instant to(String value) {
        return parse("createdTo", value, true);
    }

    private static Instant parse(String field, String value, boolean endOfDay) {
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException invalid) {
            throw BadRequestException.invalidField(
                    field, "must be an ISO date (2026-03-31) or date-time (2026-03-31T12:00:00Z)");
        }
    }

    private static List<String> values(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .distinct()
                .toList();
    }

    private static <E extends Enum<E>> void checked(String field, List<String> values, Class<E> type) {
        for (String value : values) {
            try {
                Enum.valueOf(type, value);
            } catch (IllegalArgumentException unknown) {
                throw BadRequestException.invalidField(
                        field, "unknown value " + value + "; use " + Arrays.toString(type.getEnumConstants()));
            }
        }
    }
}
