package io.ispflow.salesdesk.privacy;

import io.ispflow.contracts.ticket.TicketStatusChanged;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.security.ZoneVisibility;
import io.ispflow.salesdesk.privacy.TicketPersonalData.EventView;
import io.ispflow.salesdesk.privacy.TicketPersonalData.StatusChangeView;
import io.ispflow.salesdesk.privacy.TicketPersonalData.StoredResponseView;
import io.ispflow.salesdesk.ticket.Ticket;
import io.ispflow.salesdesk.ticket.TicketRepository;
import io.ispflow.salesdesk.ticket.TicketView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The right of access: the lead's tickets the caller sees (zone visibility holds here too), their moves
 * and events still in the outbox, and the stored answers of the requests about them. Read in one
 * read-only transaction, so the parts agree.
 */
@Service
class PersonalDataExport {

    private final TicketRepository tickets;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final String service;

    PersonalDataExport(
            TicketRepository tickets,
            JdbcClient jdbc,
            JsonMapper json,
            Clock clock,
            @Value("${spring.application.name}") String service) {
        this.tickets = tickets;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.service = service;
    }

    @Transactional(readOnly = true)
    TicketPersonalData export(UUID leadId, Caller caller) {
        Specification<Ticket> ofLead = (root, query, cb) -> cb.equal(root.get("leadId"), leadId);
        List<TicketView> views =
                tickets
                        .findAll(ofLead.and(ZoneVisibility.visibleTo(caller, "zone")), Sort.by("createdAt", "number"))
                        .stream()
                        .map(TicketView::of)
                        .toList();
        List<String> ticketIds =
                views.stream().map(view -> view.id().toString()).toList();
        Map<String, String> numbers =
                views.stream().collect(Collectors.toMap(view -> view.id().toString(), TicketView::number));
        List<String> keys = new ArrayList<>(ticketIds);
        keys.add(leadId.toString());

        List<OutboxRow> outbox = jdbc.sql(
                        """
                        SELECT id, event_type, event_key, occurred_at, published_at, payload
                          FROM outbox_event
                         WHERE event_key IN (:keys)
                         ORDER BY seq
                        """)
                .param("keys", keys)
                .query((rs, row) -> new OutboxRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("event_type"),
                        rs.getString("event_key"),
                        utc(rs, "occurred_at"),
                        utc(rs, "published_at"),
                        rs.getString("payload")))
                .list();
        List<StatusChangeView> statusChanges = outbox.stream()
                .filter(row -> TicketStatusChanged.TYPE.equals(row.type()) && numbers.containsKey(row.key()))
                .map(row -> statusChange(row, numbers))
                .flatMap(Optional::stream)
                .toList();
        List<EventView> events = outbox.stream()
                .map(row -> new EventView(row.id(), row.type(), row.key(), row.occurredAt(), row.publishedAt()))
                .toList();

        List<StoredResponseView> storedResponses = ticketIds.isEmpty()
                ? List.of()
                : jdbc.sql(
                                """
                                SELECT caller, method, path, response_status, response_location,
                                       coalesce(octet_length(response_body), 0) AS body_bytes, created_at
                                  FROM idempotency_key
                                 WHERE response_location IN (:locations)
                                    OR (path LIKE '/api/tickets/%' AND split_part(path, '/', 4) IN (:ids))
                                 ORDER BY created_at, caller
                                """)
                        .param(
                                "locations",
                                ticketIds.stream()
                                        .map(id -> "/api/tickets/" + id)
                                        .toList())
                        .param("ids", ticketIds)
                        .query((rs, row) -> new StoredResponseView(
                                rs.getString("caller"),
                                rs.getString("method"),
                                rs.getString("path"),
                                rs.getInt("response_status"),
                                rs.getString("response_location"),
                                rs.getLong("body_bytes"),
                                utc(rs, "created_at")))
                        .list();

        return new TicketPersonalData(
                service,
                leadId,
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
                views,
                statusChanges,
                events,
                storedResponses);
    }

    private record OutboxRow(
            UUID id, String type, String key, OffsetDateTime occurredAt, OffsetDateTime publishedAt, String payload) {}

    /** The move a status-changed event describes; none if its payload cannot be read. */
    private Optional<StatusChangeView> statusChange(OutboxRow row, Map<String, String> numbers) {
        JsonNode data;
        try {
            data = json.readTree(row.payload());
        } catch (JacksonException unreadable) {
            return Optional.empty();
        }
        Function<String, String> text =
                field -> data.path(field).isString() ? data.path(field).asString() : null;
        String changedAt = text.apply("changedAt");
        return Optional.of(new StatusChangeView(
                UUID.fromString(row.key()),
                numbers.get(row.key()),
                text.apply("from"),
                text.apply("to"),
                text.apply("reason"),
                text.apply("cause"),
                changedAt == null
                        ? row.occurredAt()
                        : OffsetDateTime.parse(changedAt).withOffsetSameInstant(ZoneOffset.UTC)));
    }

    private static OffsetDateTime utc(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
