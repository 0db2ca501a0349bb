package io.ispflow.order.privacy;

import io.ispflow.order.fieldwork.PhotoService;
import io.ispflow.order.order.ErasedLeads;
import io.ispflow.order.order.OrderService;
import io.ispflow.order.order.OrderView;
import io.ispflow.platform.security.Caller;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The right of access: gathers, in one read-only transaction, every record this service holds about a
 * lead: its orders (within the caller's zones), their events still kept in the outbox and the erasure
 * confirmations, the metadata of their photos, and the stored Idempotency-Key answers about them.
 */
@Service
class PersonalDataAccess {

    private final OrderService orders;
    private final PhotoService photos;
    private final ErasedLeads erasedLeads;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String service;

    PersonalDataAccess(
            OrderService orders,
            PhotoService photos,
            ErasedLeads erasedLeads,
            JdbcClient jdbc,
            Clock clock,
            @Value("${spring.application.name}") String service) {
        this.orders = orders;
        this.photos = photos;
        this.erasedLeads = erasedLeads;
        this.jdbc = jdbc;
        this.clock = clock;
        this.service = service;
    }

    @Transactional(readOnly = true)
    public PersonalDataExport export(UUID lead, Caller caller) {
        String leadId = lead.toString();
        List<OrderView> ofLead = orders.ofLead(leadId, caller);
        List<UUID> orderIds = ofLead.stream().map(OrderView::id).toList();
        List<String> keys =
                new ArrayList<>(orderIds.stream().map(UUID::toString).toList());
        keys.add(leadId);
        List<PersonalDataExport.HistoryEntry> history = jdbc.sql(
                        """
                        SELECT id, event_key, event_type, occurred_at, published_at
                          FROM outbox_event
                         WHERE event_key IN (:keys)
                         ORDER BY seq
                        """)
                .param("keys", keys)
                .query((rs, row) -> new PersonalDataExport.HistoryEntry(
                        rs.getObject("id", UUID.class),
                        rs.getString("event_key"),
                        rs.getString("event_type"),
                        rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getObject("published_at", OffsetDateTime.class)))
                .list();
        List<PersonalDataExport.PhotoMetadata> photoMetadata = photos.ofOrders(orderIds).stream()
                .map(photo -> new PersonalDataExport.PhotoMetadata(
                        photo.orderId(),
                        photo.photo().id(),
                        photo.photo().fileName(),
                        photo.photo().contentType(),
                        photo.photo().size(),
                        photo.photo().uploadedBy(),
                        photo.photo().uploadedAt()))
                .toList();
        List<PersonalDataExport.StoredResponse> storedResponses = orderIds.isEmpty()
                ? List.of()
                : jdbc.sql(
                                """
                                SELECT k.method, k.path, k.response_status, k.caller, k.created_at
                                  FROM idempotency_key k
                                 WHERE EXISTS (
                                        SELECT 1 FROM unnest(CAST(:orderIds AS text[])) AS o(id)
                                         WHERE lower(k.path) LIKE '/api/orders/' || o.id || '%'
                                            OR lower(k.response_location) LIKE '%/api/orders/' || o.id || '%')
                                 ORDER BY k.created_at
                                """)
                        .param("orderIds", orderIds.stream().map(UUID::toString).toArray(String[]::new))
                        .query((rs, row) -> new PersonalDataExport.StoredResponse(
                                rs.getString("method"),
                                rs.getString("path"),
                                (Integer) rs.getObject("response_status"),
                                rs.getString("caller"),
                                rs.getObject("created_at", OffsetDateTime.class)))
                        .list();
        return new PersonalDataExport(
                service,
                leadId,
                OffsetDateTime.now(clock),
                erasedLeads.erasedAt(leadId).orElse(null),
                ofLead,
                history,
                photoMetadata,
                storedResponses);
    }
}
