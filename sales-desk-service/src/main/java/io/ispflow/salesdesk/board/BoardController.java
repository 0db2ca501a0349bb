package io.ispflow.salesdesk.board;

import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.PageResponse;
import io.ispflow.salesdesk.examples.ContractExamples;
import io.ispflow.salesdesk.ticket.TicketStatus;
import io.ispflow.salesdesk.ticket.TicketView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sales desk's board and ticket list, with the same filters: status (several), zone, assignee,
 * tags (any of), createdFrom / createdTo (a date, in the desk's time zone, or a date-time with offset),
 * q (ticket number or contact name), leadId and prospectId (the tickets of one lead or one prospect).
 * Only tickets of the caller's zones are listed or counted, whatever the filters.
 */
@RestController
@RequestMapping("/api/tickets")
@Validated
@Tag(
        name = "Ticket board",
        description = "The ticket list and the count of tickets per status column, with the same filters; only the"
                + " tickets of the caller's zones")
class BoardController {

    private static final Set<String> SORTABLE = Set.of("createdAt", "updatedAt", "number", "status", "assignee");
    private static final String ANY_ROLE_IN_ZONES = "Roles: any authenticated user; only the tickets of the caller's"
            + " zones are listed or counted (every zone for a caller without zones).";
    private static final String FILTERS = " The filters are optional and apply together: status (any of several),"
            + " zone, assignee, tags (any of several), createdFrom / createdTo (a date in the desk's time zone,"
            + " or a date-time with offset), q (the ticket's number or the contact's name), leadId (the tickets of"
            + " one lead) and prospectId (the tickets of one prospect); a malformed UUID is a 400.";

    // the filters of the list and the board
    private static final String STATUS =
            "Only tickets in any of these statuses (repeat it: status=OPEN&status=FEASIBLE)";
    private static final String ZONE = "Only tickets of this zone (a zone's code)";
    private static final String ASSIGNEE = "Only tickets assigned to this user (a user's subject)";
    private static final String TAGS = "Only tickets with any of these tags (repeat it: tags=fibra&tags=prioridad)";
    private static final String CREATED_FROM = "Only tickets created at or after this: a date (from the start of that"
            + " day, in the desk's time zone) or a date-time with offset";
    private static final String CREATED_TO = "Only tickets created at or before this: a date (up to the end of that"
            + " day, in the desk's time zone) or a date-time with offset (that instant included)";
    private static final String Q =
            "Text in the ticket's number or the contact's name, ignoring case (at most 100 characters)";
    private static final String LEAD_ID =
            "Only tickets of this lead (the lead's id, a UUID); still only the ones of the caller's zones";
    private static final String PROSPECT_ID =
            "Only tickets of this prospect (the prospect's id, a UUID); still only the ones of the caller's zones";

    private final TicketBoard board;
    private final ZoneId timeZone;

    BoardController(TicketBoard board, @Value("${ispflow.sales-desk.time-zone:UTC}") ZoneId timeZone) {
        this.board = board;
        this.timeZone = timeZone;
    }

    @GetMapping
    @Operation(
            operationId = "listTickets",
            summary = "List the tickets, a page at a time",
            description = ANY_ROLE_IN_ZONES + FILTERS + " Newest first unless sort says otherwise.")
    PageResponse<TicketView> list(
            @Parameter(description = STATUS, example = "[\"OPEN\", \"FEASIBLE\"]") @RequestParam(required = false)
                    List<TicketStatus> status,
            @Parameter(description = ZONE, example = "NORTE") @RequestParam(required = false) @Size(max = 40)
                    String zone,
            @Parameter(description = ASSIGNEE, example = "ana") @RequestParam(required = false) @Size(max = 200)
                    String assignee,
            @Parameter(description = TAGS, example = "[\"fibra\"]") @RequestParam(required = false) List<String> tags,
            @Parameter(description = CREATED_FROM, example = "2026-12-01") @RequestParam(required = false)
                    String createdFrom,
            @Parameter(description = CREATED_TO, example = "2026-12-31") @RequestParam(required = false)
                    String createdTo,
            @Parameter(description = Q, example = "González") @RequestParam(required = false) @Size(max = 100) String q,
            @Parameter(
                            description = LEAD_ID,
                            example = ContractExamples.LEAD_ID,
                            schema = @Schema(type = "string", format = "uuid"))
                    @RequestParam(required = false)
                    String leadId,
            @Parameter(
                            description = PROSPECT_ID,
                            example = ContractExamples.PROSPECT_ID,
                            schema = @Schema(type = "string", format = "uuid"))
                    @RequestParam(required = false)
                    String prospectId,
            @Parameter(description = "The page, from 0", example = "0") @RequestParam(defaultValue = "0") @Min(0)
                    int page,
            @Parameter(description = "How many tickets a page has, 1 to 200", example = "20")
                    @RequestParam(defaultValue = "20")
                    @Min(1)
                    @Max(200)
                    int size,
            @Parameter(
                            description = "attribute[,asc|desc], the attribute one of createdAt, updatedAt, number,"
                                    + " status or assignee; ties are ordered by number, newest first",
                            example = "createdAt,desc")
                    @RequestParam(defaultValue = "createdAt,desc")
                    String sort,
            Caller caller) {
        TicketFilter filter = filter(status, zone, assignee, tags, createdFrom, createdTo, q, leadId, prospectId);
        return board.list(filter, PageRequest.of(page, size, sortOf(sort)), caller);
    }

    @GetMapping("/board")
    @Operation(
            operationId = "getTicketBoard",
            summary = "Count the tickets per status column",
            description = ANY_ROLE_IN_ZONES + FILTERS + " Every status has its column, in pipeline order, zero"
                    + " included.")
    Board board(
            @Parameter(description = STATUS, example = "[\"OPEN\", \"FEASIBLE\"]") @RequestParam(required = false)
                    List<TicketStatus> status,
            @Parameter(description = ZONE, example = "NORTE") @RequestParam(required = false) @Size(max = 40)
                    String zone,
            @Parameter(description = ASSIGNEE, example = "ana") @RequestParam(required = false) @Size(max = 200)
                    String assignee,
            @Parameter(description = TAGS, example = "[\"fibra\"]") @RequestParam(required = false) List<String> tags,
            @Parameter(description = CREATED_FROM, example = "2026-12-01") @RequestParam(required = false)
                    String createdFrom,
            @Parameter(description = CREATED_TO, example = "2026-12-31") @RequestParam(required = false)
                    String createdTo,
            @Parameter(description = Q, example = "González") @RequestParam(required = false) @Size(max = 100) String q,
            @Parameter(
                            description = LEAD_ID,
                            example = ContractExamples.LEAD_ID,
                            schema = @Schema(type = "string", format = "uuid"))
                    @RequestParam(required = false)
                    String leadId,
            @Parameter(
                            description = PROSPECT_ID,
                            example = ContractExamples.PROSPECT_ID,
                            schema = @Schema(type = "string", format = "uuid"))
                    @RequestParam(required = false)
                    String prospectId,
            Caller caller) {
        return board.board(filter(status, zone, assignee, tags, createdFrom, createdTo, q, leadId, prospectId), caller);
    }

    private TicketFilter filter(
            List<TicketStatus> statuses,
            String zone,
            String assignee,
            List<String> tags,
            String createdFrom,
            String createdTo,
            String q,
            String leadId,
            String prospectId) {
        Set<String> tagSet = new HashSet<>();
        if (tags != null) {
            tags.stream().filter(tag -> !tag.isBlank()).map(String::trim).forEach(tagSet::add);
        }
        return new TicketFilter(
                // a blank value (?status=%20) converts to null: it filters nothing
                statuses == null
                        ? Set.of()
                        : statuses.stream()
                                .filter(Objects::nonNull)
                                .collect(Collectors.toCollection(LinkedHashSet::new)),
                blankToNull(zone),
                blankToNull(assignee),
                tagSet,
                start(createdFrom, "createdFrom"),
                endExclusive(createdTo, "createdTo"),
                blankToNull(q),
                uuid(leadId, "leadId"),
                uuid(prospectId, "prospectId"));
    }

    /** Parsed here, not bound as a UUID, so a malformed one is a field error naming the parameter. */
    private static UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException malformed) {
            throw BadRequestException.invalidField(field, "must be a UUID");
        }
    }

    /** A date means from the start of that day in the desk's time zone. */
    private Instant start(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.contains("T")
                    ? OffsetDateTime.parse(value.trim()).toInstant()
                    : LocalDate.parse(value.trim()).atStartOfDay(timeZone).toInstant();
        } catch (DateTimeParseException unparsable) {
            throw BadRequestException.invalidField(field, "must be a date (2026-11-22) or a date-time with offset");
        }
    }

    /** A date means up to the end of that day; a date-time includes that instant. */
    private Instant endExclusive(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.contains("T")
                    ? OffsetDateTime.parse(value.trim()).toInstant().plus(1, ChronoUnit.MICROS)
                    : LocalDate.parse(value.trim())
                            .plusDays(1)
                            .atStartOfDay(timeZone)
                            .toInstant();
        } catch (DateTimeParseException unparsable) {
            throw BadRequestException.invalidField(field, "must be a date (2026-11-22) or a date-time with offset");
        }
    }

    /** {@code createdAt} or {@code status,asc}; always ending with the number, so pages are stable. */
    private static Sort sortOf(String sort) {
        String[] parts = sort.split(",");
        String property = parts[0].trim();
        if (!SORTABLE.contains(property)) {
            throw BadRequestException.invalidField("sort", "cannot sort by '" + property + "'; use one of " + SORTABLE);
        }
        Sort.Direction direction = Sort.Direction.ASC;
        if (parts.length > 1) {
            direction = Sort.Direction.fromOptionalString(parts[1].trim())
                    .orElseThrow(() -> BadRequestException.invalidField("sort", "direction must be asc or desc"));
        }
        Sort order = Sort.by(direction, property);
        return property.equals("number") ? order : order.and(Sort.by(Sort.Direction.DESC, "number"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
