package io.ispflow.order.privacy;

import io.ispflow.contracts.order.OrderPersonalDataErased;
import io.ispflow.order.fieldwork.PhotoService;
import io.ispflow.order.order.Order;
import io.ispflow.order.order.OrderService;
import io.ispflow.platform.events.EventPublisher;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The right to erasure on the order side (lead.erased.v1), in one transaction: every order of the lead
 * is anonymised (contact, exact place, free text; see {@link Order#erasePersonalData}), their photos
 * are deleted, and the copies the service keeps for other purposes go too: the stored responses of
 * Idempotency-Keys sent to the orders (a replay would show the contact) and the already published
 * outbox rows of the orders (unpublished ones stay for the relay). Then {@code
 * order.personal-data-erased.v1} confirms it, with the number of orders anonymised (0 when the service
 * never had the lead). Erasing again finds nothing more to change and confirms again.
 */
@Service
public class PersonalDataErasure {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataErasure.class);

    private final OrderService orders;
    private final PhotoService photos;
    private final JdbcClient jdbc;
    private final EventPublisher events;
    private final Clock clock;

    PersonalDataErasure(OrderService orders, PhotoService photos, JdbcClient jdbc, EventPublisher events, Clock clock) {
        this.orders = orders;
        this.photos = photos;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Erases what the service holds of the lead and publishes the confirmation.
     *
     * @param zone the lead's zone as the erasure named it; when null, the zone of its orders
     */
    @Transactional
    public OrderPersonalDataErased erase(String leadId, String zone) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Order> erased = orders.eraseOfLead(leadId, now);
        List<UUID> orderIds = erased.stream().map(Order::getId).toList();
        int deletedPhotos = photos.deleteOfOrders(orderIds);
        int storedResponses = jdbc.sql(
                        """
                        DELETE FROM idempotency_key k
                         USING field_order o
                         WHERE o.lead_id = :leadId
                           AND (lower(k.path) LIKE '/api/orders/' || o.id::text || '%'
                                OR lower(k.response_location) LIKE '%/api/orders/' || o.id::text || '%')
                        """)
                .param("leadId", leadId)
                .update();
        int publishedEvents = jdbc.sql(
                        """
                        DELETE FROM outbox_event e
                         USING field_order o
                         WHERE o.lead_id = :leadId
                           AND e.event_key = o.id::text
                           AND e.published_at IS NOT NULL
                        """)
                .param("leadId", leadId)
                .update();
        String confirmedZone = zone != null
                ? zone
                : erased.stream()
                        .map(Order::getZone)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null);
        OrderPersonalDataErased confirmation = new OrderPersonalDataErased(leadId, confirmedZone, erased.size(), now);
        events.publish(confirmation);
        log.info(
                "Erased lead {}: {} order(s) anonymised, {} photo(s), {} stored response(s) and {} published"
                        + " event(s) deleted",
                leadId,
                erased.size(),
                deletedPhotos,
                storedResponses,
                publishedEvents);
        return confirmation;
    }
}
