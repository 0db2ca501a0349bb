package io.ispflow.order.privacy;

import static io.ispflow.order.fixtures.TicketEvents.aTicketOpened;
import static io.ispflow.order.fixtures.TicketEvents.anotherOrderRequestedFor;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ispflow.contracts.Topics;
import io.ispflow.contracts.lead.LeadErased;
import io.ispflow.contracts.order.OrderPersonalDataErased;
import io.ispflow.contracts.shared.Billing;
import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.ticket.OrderKind;
import io.ispflow.contracts.ticket.TicketOpened;
import io.ispflow.contracts.ticket.TicketOrderRequested;
import io.ispflow.order.fixtures.Multipart;
import io.ispflow.order.fixtures.OrderServiceTestSupport;
import io.ispflow.platform.privacy.PersonKeys;
import io.ispflow.platform.privacy.PersonalData;
import io.ispflow.testsupport.Api;
import io.ispflow.testsupport.EventSchemas;
import io.ispflow.testsupport.KafkaProbe;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The rights of the person on the order side: lead.erased.v1 anonymises every copy of the lead in every
 * table and is confirmed on order.events; an administrator can read everything held about the lead.
 */
class PersonalDataIT extends OrderServiceTestSupport {

    @Autowired
    private PersonKeys personKeys;

    // distinctive values, so a scan of the whole database finds only this person's copies
    private static final String NAME = "Zenobia Quintanilla Erasmo";
    private static final String DOCUMENT = "DOC77X912345";
    private static final String EMAIL = "zenobia.erasmo@example.test";
    private static final String PHONE = "+54 11 7777-1357";
    private static final String MOBILE = "+54 9 11 8888-2468";
    private static final String TAX_ID = "27-77912345-9";
    private static final String ADDRESS = "Pasaje Erasmo 4321 Depto B";
    private static final String NOTES = "Portón verde, código 4242: preguntar por Zenobia";
    private static final String FIELD_NOTES = "Zenobia mostró el living; ONT junto a la ventana";

    @Test
    void shouldEraseEveryCopyOfTheLeadConfirmItOnceAndExportWhatRemains() {
        String zone = aFreshZone();
        String leadId = UUID.randomUUID().toString();
        TicketOpened ticket = aTicketOpened()
                .forLead(leadId)
                .inZone(zone)
                .installation()
                .withContact(new Contact(
                        leadId,
                        "INDIVIDUAL",
                        NAME,
                        "DNI",
                        DOCUMENT,
                        EMAIL,
                        PHONE,
                        MOBILE,
                        new Billing(NAME + " SRL", "CONSUMIDOR_FINAL", "B", TAX_ID, null)))
                .withLocation(new Location(ADDRESS, "Rosario", "S2000", "Santa Fe", "AR", -32.9553, -60.6491, zone))
                .withNotes(NOTES)
                .build();
        // an installation, visited, photographed and completed; a feasibility survey, cancelled
        String installation = orderFrom(ticket).get("id").asString();
        TicketOrderRequested survey = anotherOrderRequestedFor(ticket, OrderKind.FEASIBILITY);
        kafka.publish(survey);
        String feasibility =
                awaitOrder(survey.orderRequest().requestId()).get("id").asString();
        JsonNode tito = aTechnician(zone);
        scheduled(order(installation), tito, nextWeek(TUESDAY, "10:00"), 90);
        String titoToken = token(tito.get("userId").asString(), "TECHNICIAN", zone);
        Api titoApp = api().as(titoToken);
        assertThat(titoApp.header("Idempotency-Key", UUID.randomUUID().toString())
                        .post("/api/orders/" + installation + "/start", Map.of())
                        .status())
                .isEqualTo(200);
        byte[] png = Multipart.aPng(40, 30);
        var photo = Multipart.upload(
                port, "/api/orders/" + installation + "/photos", titoToken, "frente-zenobia.png", "image/png", png);
        assertThat(photo.statusCode()).as(photo.body()).isEqualTo(201);
        assertThat(titoApp.put(
                                "/api/orders/" + installation + "/completion",
                                Map.of("outcome", "SUCCESS", "notes", FIELD_NOTES))
                        .status())
                .isEqualTo(200);
        var cancelled = asSales(zone)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/orders/" + feasibility + "/cancel", Map.of("reason", "Zenobia se muda a lo de su madre"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        awaitPublished(installation, feasibility);
        List<String> personal = List.of(NAME, DOCUMENT, EMAIL, PHONE, MOBILE, TAX_ID, ADDRESS, "Zenobia");
        assertThat(columnsHolding(personal)).as("the scan sees the copies").isNotEmpty();

        JsonNode before = export(leadId);
        assertThat(before.get("service").asString()).isEqualTo("order-service");
        assertThat(before.get("leadId").asString()).isEqualTo(leadId);
        assertThat(before.get("erasedAt").isNull()).isTrue();
        assertThat(before.get("orders").size()).isEqualTo(2);
        JsonNode shown = before.get("orders").get(0);
        assertThat(shown.get("id").asString()).isEqualTo(installation);
        assertThat(shown.get("contact").get("name").asString()).isEqualTo(NAME);
        assertThat(shown.get("contact").get("email").asString()).isEqualTo(EMAIL);
        assertThat(shown.get("location").get("address").asString()).isEqualTo(ADDRESS);
        assertThat(shown.get("notes").asString()).isEqualTo(NOTES);
        assertThat(shown.get("schedule").get("technicianId").asString())
                .isEqualTo(tito.get("id").asString());
        assertThat(shown.get("completion").get("notes").asString()).isEqualTo(FIELD_NOTES);
        assertThat(before.get("photos").size()).isEqualTo(1);
        JsonNode photoShown = before.get("photos").get(0);
        assertThat(photoShown.get("orderId").asString()).isEqualTo(installation);
        assertThat(photoShown.get("fileName").asString()).isEqualTo("frente-zenobia.png");
        assertThat(photoShown.get("size").asLong()).isEqualTo(png.length);
        assertThat(photoShown.get("contentType").asString()).isEqualTo("image/png");
        assertThat(photoShown.has("data")).isFalse();
        assertThat(aggregatesOf(before.get("history"))).contains(installation, feasibility);
        assertThat(before.get("storedResponses").size()).isEqualTo(2);

        LeadErased erased = new LeadErased(leadId, zone, "admin", OffsetDateTime.now(ZoneOffset.UTC));
        String eventId = kafka.publish(erased);

        JsonNode confirmation = awaitConfirmations(leadId, 1).get(0);
        assertThat(confirmation.get("leadId").asString()).isEqualTo(leadId);
        assertThat(confirmation.get("zone").asString()).isEqualTo(zone);
        assertThat(confirmation.get("records").asInt()).isEqualTo(2);
        assertThat(columnsHolding(personal))
                .as("columns still holding the person")
                .isEmpty();
        assertThat(count("SELECT count(*) FROM order_photo WHERE order_id = CAST(:id AS uuid)", installation))
                .isZero();

        JsonNode after = export(leadId);
        assertThat(after.get("erasedAt").isNull()).isFalse();
        assertThat(after.get("orders").size()).isEqualTo(2);
        for (JsonNode remains : after.get("orders")) {
            JsonNode contact = remains.get("contact");
            assertThat(contact.get("name").asString()).isEqualTo("erased");
            assertThat(contact.get("leadId").asString()).as("kept").isEqualTo(leadId);
            for (String field : List.of("personType", "documentType", "documentNumber", "email", "phone", "mobile")) {
                assertThat(contact.get(field).isNull()).as(field).isTrue();
            }
            assertThat(contact.get("billing").isNull()).isTrue();
            JsonNode location = remains.get("location");
            for (String field : List.of("address", "postalCode", "latitude", "longitude")) {
                assertThat(location.get(field).isNull()).as(field).isTrue();
            }
            assertThat(location.get("city").asString()).as("kept").isEqualTo("Rosario");
            assertThat(remains.get("zone").asString()).as("kept").isEqualTo(zone);
            assertThat(remains.get("notes").isNull()).isTrue();
            assertThat(remains.get("offer").get("plan").asString()).as("kept").isEqualTo("FIBRA-300");
        }
        JsonNode completed = after.get("orders").get(0);
        assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.get("completion").get("outcome").asString()).isEqualTo("SUCCESS");
        assertThat(completed.get("completion").get("notes").isNull()).isTrue();
        assertThat(completed.get("schedule").get("technicianId").asString())
                .isEqualTo(tito.get("id").asString());
        assertThat(after.get("orders").get(1).get("cancellation").get("reason").asString())
                .isEqualTo("erased");
        assertThat(after.get("photos").size()).isZero();
        assertThat(after.get("storedResponses").size()).isZero();
        assertThat(aggregatesOf(after.get("history"))).doesNotContain(installation, feasibility);
        // opening and listing the anonymised orders works as for any other
        assertThat(asSales(zone).get("/api/orders/" + installation).status()).isEqualTo(200);
        assertThat(asPlanner()
                        .get("/api/orders?zone=" + zone)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(2);
        assertThat(asPlanner()
                        .get("/api/planning/calendar?zone=" + zone + "&from="
                                + nextWeek(TUESDAY, "00:00").toLocalDate() + "&to="
                                + nextWeek(TUESDAY, "00:00").toLocalDate().plusDays(1))
                        .status())
                .isEqualTo(200);
        // and nothing brings the person's home back
        var anotherPhoto = Multipart.upload(
                port, "/api/orders/" + installation + "/photos", titoToken, "otra.png", "image/png", png);
        assertThat(anotherPhoto.statusCode()).isEqualTo(409);
        assertThat(anotherPhoto.body()).contains("personal-data-erased");

        // the same event delivered again is skipped; an administrator's retry (a new event) changes
        // nothing more and is confirmed again; both travel on the lead's partition, in this order
        kafka.publish(erased, eventId);
        kafka.publish(new LeadErased(leadId, zone, "admin", OffsetDateTime.now(ZoneOffset.UTC)));

        List<JsonNode> confirmations = awaitConfirmations(leadId, 2);
        assertThat(confirmations.get(1).get("records").asInt()).isEqualTo(2);
        assertThat(kafka.readAll(Topics.ORDER, e -> isConfirmationOf(leadId, e)))
                .as("no confirmation of the redelivery")
                .hasSize(2);
        JsonNode again = export(leadId);
        assertThat(again.get("orders")).isEqualTo(after.get("orders"));
        assertThat(again.get("erasedAt")).isEqualTo(after.get("erasedAt"));
        assertThat(columnsHolding(personal)).isEmpty();
    }

    @Test
    void shouldConfirmTheErasureOfALeadItNeverHadAndMakeItsLaterOrdersAnonymised() {
        String zone = aFreshZone();
        String leadId = UUID.randomUUID().toString();
        JsonNode nothing = export(leadId);
        assertThat(nothing.get("orders").size()).isZero();
        assertThat(nothing.get("history").size()).isZero();
        assertThat(nothing.get("photos").size()).isZero();
        assertThat(nothing.get("storedResponses").size()).isZero();

        kafka.publish(new LeadErased(leadId, zone, "admin", OffsetDateTime.now(ZoneOffset.UTC)));

        JsonNode confirmation = awaitConfirmations(leadId, 1).get(0);
        assertThat(confirmation.get("records").asInt()).isZero();
        assertThat(export(leadId).get("erasedAt").isNull()).isFalse();

        // a ticket event that comes late still makes its order, without the person
        JsonNode late = orderFrom(aTicketOpened()
                .forLead(leadId)
                .inZone(zone)
                .forCustomer(NAME)
                .withNotes(NOTES)
                .build());
        assertThat(late.get("contact").get("name").asString()).isEqualTo("erased");
        assertThat(late.get("contact").get("email").isNull()).isTrue();
        assertThat(late.get("location").get("address").isNull()).isTrue();
        assertThat(late.get("notes").isNull()).isTrue();
        assertThat(late.get("location").get("city").asString()).isEqualTo("Rosario");
    }

    @Test
    void shouldTakeAnOrderWhosePersonalDataWasShreddedOnTheWay() {
        String zone = aFreshZone();
        TicketOpened ticket = aTicketOpened()
                .inZone(zone)
                .installation()
                .withContact(null)
                .forCustomer(NAME)
                .withNotes(NOTES)
                .build();
        // sealed with the person's key as the sales desk publishes it; the key is destroyed (the person
        // erased) before the order service reads it, so every personal value opens as null
        String sealed = personalData.seal(ticket);
        assertThat(sealed).doesNotContain(NAME).contains(PersonalData.PREFIX);
        personKeys.destroy(UUID.fromString(ticket.leadId()));

        kafka.publish(ticket, event -> sealed);
        JsonNode order = awaitOrder(ticket.orderRequest().requestId());

        assertThat(order.get("status").asString()).isEqualTo("UNSCHEDULED");
        JsonNode contact = order.get("contact");
        for (String field : List.of("name", "documentNumber", "email", "phone", "mobile")) {
            assertThat(contact.get(field).isNull()).as(field).isTrue();
        }
        assertThat(contact.get("billing").get("taxId").isNull()).isTrue();
        assertThat(contact.get("billing").get("taxCondition").asString()).isEqualTo("CONSUMIDOR_FINAL");
        assertThat(order.get("location").get("address").isNull()).isTrue();
        assertThat(order.get("location").get("latitude").isNull()).isTrue();
        assertThat(order.get("location").get("city").asString()).isEqualTo("Rosario");
        assertThat(order.get("notes").isNull()).isTrue();
        var listed = asPlanner().get("/api/orders?zone=" + zone + "&q=O-");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("total").asLong()).isEqualTo(1);
        var unscheduled = asPlanner().get("/api/planning/unscheduled?zone=" + zone);
        assertThat(unscheduled.status()).as(unscheduled.toString()).isEqualTo(200);
        assertThat(unscheduled.body()).contains(order.get("id").asString());
        assertThat(export(ticket.leadId()).get("orders").size()).isEqualTo(1);
        assertThat(columnsHolding(List.of(NAME, NOTES))).isEmpty();
    }

    @Test
    void shouldShowThePersonalDataToAnAdministratorOnly() {
        String path = "/api/orders/personal-data/" + UUID.randomUUID();

        for (String role : List.of("PLANNER", "SALES", "MANAGER", "BACKOFFICE", "TECHNICIAN")) {
            var refused = api().as(token("someone", role)).get(path);
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(api().get(path).status()).isEqualTo(401);
        assertThat(asAdmin().get(path).status()).isEqualTo(200);
        assertThat(asAdmin().get("/api/orders/personal-data/not-a-lead").status())
                .isEqualTo(400);
    }

    // --- helpers ----------------------------------------------------------------------------------

    private JsonNode export(String leadId) {
        var response = asAdmin().get("/api/orders/personal-data/" + leadId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** Waits until the service's confirmations of the lead number {@code n}; returns their data, oldest first. */
    private List<JsonNode> awaitConfirmations(String leadId, int n) {
        List<KafkaProbe.Event> found = new ArrayList<>();
        await("confirmation " + n + " of the erasure of " + leadId)
                .atMost(EVENTUALLY)
                .until(() -> {
                    found.clear();
                    found.addAll(kafka.readAll(Topics.ORDER, e -> isConfirmationOf(leadId, e)));
                    return found.size() >= n;
                });
        found.forEach(event -> {
            EventSchemas.assertValid(event);
            assertThat(event.headers())
                    .containsEntry("ce_source", "/order-service")
                    .containsEntry("ce_subject", leadId);
        });
        return found.stream().map(OrderServiceTestSupport::data).toList();
    }

    private static boolean isConfirmationOf(String leadId, KafkaProbe.Event event) {
        return leadId.equals(event.key()) && OrderPersonalDataErased.TYPE.equals(event.type());
    }

    /** Waits until every event of the orders left the outbox (the published rows are copies to clean). */
    private void awaitPublished(String... orderIds) {
        await("the orders' events published").atMost(EVENTUALLY).until(() -> unpublished(orderIds) == 0);
    }

    private long unpublished(String... orderIds) {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE event_key IN (:keys) AND published_at IS NULL")
                .param("keys", List.of(orderIds))
                .query(Long.class)
                .single();
    }

    private static List<String> aggregatesOf(JsonNode history) {
        return history.valueStream()
                .map(entry -> entry.get("aggregateId").asString())
                .toList();
    }

    private long count(String sql, String id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    /**
     * Every text, varchar, char, array, json, jsonb and bytea column of every table of the service's
     * database that holds one of the values, as {@code table.column: value}.
     */
    private List<String> columnsHolding(List<String> values) {
        List<Map<String, Object>> columns = jdbc.sql(
                        """
                        SELECT c.table_name, c.column_name, c.data_type
                          FROM information_schema.columns c
                          JOIN information_schema.tables t
                            ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                         WHERE c.table_schema = 'public'
                           AND t.table_type = 'BASE TABLE'
                           AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea',
                                               'ARRAY')
                         ORDER BY c.table_name, c.column_name
                        """)
                .query()
                .listOfRows();
        assertThat(columns).as("the scan reads the order tables").isNotEmpty();
        List<String> holding = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = "\"" + column.get("table_name") + "\"";
            String name = "\"" + column.get("column_name") + "\"";
            String contains = "bytea".equals(column.get("data_type"))
                    ? "position(convert_to(:value, 'UTF8') in " + name + ") > 0"
                    : "strpos(" + name + "::text, :value) > 0";
            for (String value : values) {
                long rows = jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + contains)
                        .param("value", value)
                        .query(Long.class)
                        .single();
                if (rows > 0) {
                    holding.add(column.get("table_name") + "." + column.get("column_name") + ": " + value);
                }
            }
        }
        return holding;
    }
}
