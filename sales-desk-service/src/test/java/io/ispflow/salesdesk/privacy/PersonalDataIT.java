package io.ispflow.salesdesk.privacy;

import static io.ispflow.salesdesk.fixtures.LeadFixtures.aLead;
import static io.ispflow.salesdesk.fixtures.LeadFixtures.aProspectOf;
import static io.ispflow.salesdesk.fixtures.OrderEvents.contractActivatedShredded;
import static io.ispflow.salesdesk.fixtures.OrderEvents.createdShredded;
import static io.ispflow.salesdesk.fixtures.OrderEvents.failed;
import static io.ispflow.salesdesk.fixtures.OrderEvents.orderForLatestRequest;
import static io.ispflow.salesdesk.fixtures.OrderEvents.scheduled;
import static io.ispflow.salesdesk.fixtures.OrderEvents.started;
import static io.ispflow.salesdesk.fixtures.OrderEvents.succeeded;
import static io.ispflow.salesdesk.fixtures.WizardFixtures.aWizard;
import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.contracts.Topics;
import io.ispflow.contracts.lead.LeadErased;
import io.ispflow.contracts.ticket.TicketPersonalDataErased;
import io.ispflow.salesdesk.fixtures.LeadFixtures.LeadFixture;
import io.ispflow.salesdesk.fixtures.LeadFixtures.ProspectFixture;
import io.ispflow.salesdesk.fixtures.OrderEvents.FieldOrder;
import io.ispflow.salesdesk.fixtures.SalesDeskTestSupport;
import io.ispflow.testsupport.Api;
import io.ispflow.testsupport.EventSchemas;
import io.ispflow.testsupport.KafkaProbe;
import io.ispflow.testsupport.TestTokens;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The person's rights at the sales desk, on the real database and broker: {@code lead.erased.v1}
 * anonymises every copy of the lead (its tickets' snapshots and texts, the stored request answers, the
 * published outbox rows) and is confirmed on ticket.events; a redelivery does nothing, a retry changes
 * nothing and confirms again; the ADMIN's export shows the data before and what is left after; and order
 * and contract events whose personal fields were shredded are applied, not dead-lettered.
 */
class PersonalDataIT extends SalesDeskTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** This context's CloudEvents source: the other contexts of the test JVM confirm erasures too. */
    private static final String SOURCE = "/sales-desk-service-it";

    /** The person, with values found nowhere else in the database. */
    private record Person(LeadFixture lead, ProspectFixture prospect) {

        static Person distinctive() {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            String document = String.valueOf(ThreadLocalRandom.current().nextInt(40_000_000, 49_999_999));
            String phone = "+54 11 4" + ThreadLocalRandom.current().nextInt(100, 999) + "-"
                    + ThreadLocalRandom.current().nextInt(1000, 9999);
            String mobile = "+54 9 11 6" + ThreadLocalRandom.current().nextInt(100, 999) + "-"
                    + ThreadLocalRandom.current().nextInt(1000, 9999);
            LeadFixture lead = aLead().inZone("NORTE")
                    .named("Zenobia Quarzo " + tag)
                    .withDocumentNumber(document)
                    .reachableAt("zenobia." + tag + "@example.org", phone, mobile)
                    .billedAs("Quarzo Servicios " + tag, "27-" + document + "-5");
            ProspectFixture prospect = aProspectOf(lead).at("Pasaje Tilcara " + tag, "B1638" + tag.substring(0, 2));
            return new Person(lead, prospect);
        }

        /** What must be gone from every column of every table after the erasure. */
        List<String> values() {
            return List.of(
                    lead.name(),
                    lead.documentNumber(),
                    lead.email(),
                    lead.phone(),
                    lead.mobile(),
                    lead.businessName(),
                    lead.taxId(),
                    prospect.address());
        }
    }

    private Api asAdmin() {
        return api().as(TestTokens.user("root").roles("ADMIN").token());
    }

    @Test
    void shouldEraseEveryCopyOfTheLeadAndConfirmIt() {
        Person person = Person.distinctive();
        LeadFixture lead = person.lead();
        leadService.creates(lead).creates(person.prospect()).has(lead).has(person.prospect());

        // ticket 1: the wizard, with an Idempotency-Key (its answer is stored), notes and a feasibility order
        var opened = asSales("NORTE")
                .header("Idempotency-Key", "erasure-" + lead.id())
                .post(
                        "/api/tickets",
                        aWizard()
                                .newLead(lead)
                                .newProspect(person.prospect())
                                .withFeasibility()
                                .notes("Llamar a " + lead.name() + " al " + lead.mobile())
                                .body());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        JsonNode first = opened.json();
        String firstId = first.get("id").asString();
        FieldOrder study = orderForLatestRequest(first);
        orderEvents.send(createdShredded(study));
        orderEvents.send(scheduled(study));
        awaitTicket(firstId, "the study scheduled", t -> "SCHEDULED"
                .equals(t.get("orders").get(0).get("status").asString()));

        // ticket 2: the same lead again, commented on and lost (with a key too: a stored answer without Location)
        var again = asSales("NORTE")
                .post(
                        "/api/tickets",
                        aWizard()
                                .existingLead(lead)
                                .existingProspect(person.prospect())
                                .ticketAlone()
                                .body());
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        String secondId = again.json().get("id").asString();
        var commented = asSales("NORTE")
                .post(
                        "/api/tickets/" + secondId + "/comments",
                        Map.of("text", "Pidió que no la llamen; DNI " + lead.documentNumber()));
        assertThat(commented.status()).as(commented.toString()).isEqualTo(201);
        var lost = asSales("NORTE")
                .header("If-Match", commented.header("ETag"))
                .header("Idempotency-Key", "lost-" + lead.id())
                .post("/api/tickets/" + secondId + "/lost", reason("No contesta al " + lead.phone()));
        assertThat(lost.status()).as(lost.toString()).isEqualTo(200);

        // the right of access, before
        JsonNode before = export(lead.id());
        assertThat(before.get("service").asString()).isEqualTo("sales-desk-service-it");
        assertThat(before.get("leadId").asString()).isEqualTo(lead.id().toString());
        assertThat(before.get("generatedAt").asString()).isNotBlank();
        assertThat(ids(before.get("tickets"))).containsExactly(firstId, secondId);
        JsonNode firstBefore = before.get("tickets").get(0);
        assertThat(firstBefore.get("contact").get("name").asString()).isEqualTo(lead.name());
        assertThat(firstBefore.get("contact").get("documentNumber").asString()).isEqualTo(lead.documentNumber());
        assertThat(firstBefore.get("contact").get("email").asString()).isEqualTo(lead.email());
        assertThat(firstBefore.get("contact").get("billing").get("taxId").asString())
                .isEqualTo(lead.taxId());
        assertThat(firstBefore.get("location").get("address").asString())
                .isEqualTo(person.prospect().address());
        assertThat(firstBefore.get("orders").get(0).get("notes").asString()).contains(lead.mobile());
        assertThat(firstBefore.get("comments").get(0).get("text").asString()).contains(lead.name());
        JsonNode secondBefore = before.get("tickets").get(1);
        assertThat(secondBefore.get("lostReason").asString()).contains(lead.phone());
        assertThat(secondBefore.get("comments").get(0).get("text").asString()).contains(lead.documentNumber());
        assertThat(before.get("statusChanges").valueStream()).anySatisfy(move -> {
            assertThat(move.get("ticketId").asString()).isEqualTo(secondId);
            assertThat(move.get("from").asString()).isEqualTo("OPEN");
            assertThat(move.get("to").asString()).isEqualTo("LOST");
            assertThat(move.get("reason").asString()).contains(lead.phone());
        });
        assertThat(before.get("events").valueStream().map(e -> e.get("type").asString()))
                .contains("ticket.opened.v1", "ticket.lost.v1", "ticket.status-changed.v1");
        assertThat(before.get("storedResponses").valueStream().map(r -> r.get("path")
                        .asString()))
                .containsExactlyInAnyOrder("/api/tickets", "/api/tickets/" + secondId + "/lost");
        assertThat(before.get("storedResponses").get(0).get("bodyBytes").asLong())
                .isPositive();
        // the scan sees the person where the sales desk keeps them (its bytea column too)
        assertThat(columnsHolding(lead.name()))
                .contains("ticket.contact_name", "ticket_comment.text", "idempotency_key.response_body");

        // what is on the topic already goes from the outbox; wait for the relay so that all of it has
        awaitPublished(firstId, secondId);
        LeadErased erasure = new LeadErased(lead.id().toString(), "NORTE", "root", now());
        String erasureId = kafka.publish(erasure);

        JsonNode confirmation = awaitConfirmation(lead.id(), 1);
        assertThat(confirmation.get("leadId").asString()).isEqualTo(lead.id().toString());
        assertThat(confirmation.get("zone").asString()).isEqualTo("NORTE");
        assertThat(confirmation.get("records").asInt()).isEqualTo(2);
        for (String value : person.values()) {
            assertThat(columnsHolding(value)).as("columns holding %s", value).isEmpty();
        }

        // the right of access, after: what is left
        JsonNode after = export(lead.id());
        assertThat(ids(after.get("tickets"))).containsExactly(firstId, secondId);
        for (JsonNode ticket : after.get("tickets")) {
            JsonNode contact = ticket.get("contact");
            assertThat(contact.get("leadId").asString()).isEqualTo(lead.id().toString());
            assertThat(contact.get("name").asString()).isEqualTo("erased");
            for (String field : List.of("documentNumber", "email", "phone", "mobile", "billing")) {
                assertThat(contact.get(field).isNull()).as(field).isTrue();
            }
            JsonNode location = ticket.get("location");
            for (String field : List.of("address", "postalCode", "latitude", "longitude")) {
                assertThat(location.get(field).isNull()).as(field).isTrue();
            }
            assertThat(location.get("city").asString()).isEqualTo("Vicente López");
            assertThat(location.get("zone").asString()).isEqualTo("NORTE");
            assertThat(ticket.get("zone").asString()).isEqualTo("NORTE");
            assertThat(ticket.get("offer").get("plan").asString()).isEqualTo("FIBRA-300");
            assertThat(ticket.get("comments").valueStream().map(c -> c.get("text")
                            .asString()))
                    .containsOnly("erased");
            assertThat(ticket.get("erasedAt").isNull()).isFalse();
        }
        JsonNode firstAfter = after.get("tickets").get(0);
        assertThat(firstAfter.get("status").asString()).isEqualTo("FEASIBILITY_REQUESTED");
        assertThat(firstAfter.get("orders").get(0).get("notes").isNull()).isTrue();
        assertThat(firstAfter.get("orders").get(0).get("orderNumber").asString())
                .isEqualTo(study.number());
        assertThat(firstAfter.get("orders").get(0).get("status").asString()).isEqualTo("SCHEDULED");
        JsonNode secondAfter = after.get("tickets").get(1);
        assertThat(secondAfter.get("status").asString()).isEqualTo("LOST");
        assertThat(secondAfter.get("lostReason").asString()).isEqualTo("erased");
        assertThat(after.get("storedResponses").isEmpty()).isTrue();
        assertThat(after.get("statusChanges").isEmpty()).isTrue();
        assertThat(after.get("events").valueStream().map(e -> e.get("type").asString()))
                .containsOnly(TicketPersonalDataErased.TYPE);

        // users still open and list the tickets; they can no longer add to them
        var seen = asSales("NORTE").get("/api/tickets/" + firstId);
        assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
        assertThat(seen.json().get("contact").get("name").asString()).isEqualTo("erased");
        var listed = asSales("NORTE").get("/api/tickets?q=erased&size=200");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(asSales("NORTE").get("/api/tickets/board").status()).isEqualTo(200);
        var byName = asSales("NORTE").get("/api/tickets?q=" + lead.name().replace(' ', '+'));
        assertThat(byName.json().get("total").asLong()).isZero();
        var comment = asSales("NORTE").post("/api/tickets/" + firstId + "/comments", Map.of("text", lead.name()));
        assertThat(comment.status()).as(comment.toString()).isEqualTo(409);
        assertThat(comment.json().get("type").asString()).isEqualTo("urn:problem:ispflow:lead-erased");
        var reassign = asSales("NORTE")
                .header("If-Match", seen.header("ETag"))
                .put("/api/tickets/" + firstId, Map.of("assignee", "ana", "tags", List.of(lead.name())));
        assertThat(reassign.status()).as(reassign.toString()).isEqualTo(409);

        // the order events still move it, without their free text
        String visitFailed = orderEvents.send(failed(study));
        awaitConsumed(visitFailed);
        JsonNode failedVisit = ticket(firstId).get("orders").get(0);
        assertThat(failedVisit.get("status").asString()).isEqualTo("FAILED");
        assertThat(failedVisit.get("failureReason").isNull()).isTrue();

        // a redelivery of the same event does nothing; an administrator's retry confirms again, changing nothing
        List<String> rows = rowsOf(lead.id());
        kafka.publish(erasure, erasureId);
        String retryId = kafka.publish(new LeadErased(lead.id().toString(), "NORTE", "root", now()));
        awaitConsumed(retryId);
        JsonNode second = awaitConfirmation(lead.id(), 2);
        assertThat(second.get("records").asInt()).isEqualTo(2);
        assertThat(confirmationsInOutbox(lead.id())).isEqualTo(2);
        assertThat(rowsOf(lead.id())).isEqualTo(rows);
        assertThat(jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = :id")
                        .param("id", erasureId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void shouldConfirmTheErasureOfALeadItNeverHad() {
        UUID unknown = UUID.randomUUID();

        kafka.publish(new LeadErased(unknown.toString(), null, "root", now()));

        JsonNode confirmation = awaitConfirmation(unknown, 1);
        assertThat(confirmation.get("records").asInt()).isZero();
        assertThat(confirmation.get("zone").isNull()).isTrue();
        JsonNode export = export(unknown);
        assertThat(export.get("leadId").asString()).isEqualTo(unknown.toString());
        for (String collection : List.of("tickets", "statusChanges", "events", "storedResponses")) {
            assertThat(export.get(collection).isArray()).as(collection).isTrue();
        }
        assertThat(export.get("tickets").isEmpty()).isTrue();
        assertThat(export.get("storedResponses").isEmpty()).isTrue();
    }

    @Test
    void shouldShowThePersonalDataToAdministratorsOnly() {
        String path = "/api/tickets/personal-data/" + UUID.randomUUID();

        assertThat(asSales("NORTE").get(path).status()).isEqualTo(403);
        assertThat(asManager().get(path).status()).isEqualTo(403);
        assertThat(asPlanner().get(path).status()).isEqualTo(403);
        assertThat(api().get(path).status()).isEqualTo(401);
        assertThat(asAdmin().get(path).status()).isEqualTo(200);
        assertThat(asAdmin().get("/api/tickets/personal-data/not-a-uuid").status())
                .isEqualTo(400);
    }

    @Test
    void shouldApplyOrderAndContractEventsWhosePersonalDataWasShredded() {
        JsonNode ticket = openTicket("NORTE", "TICKET_AND_INSTALLATION");
        String id = ticket.get("id").asString();
        FieldOrder installation = orderForLatestRequest(ticket);

        List<String> sent = new ArrayList<>();
        sent.add(orderEvents.send(createdShredded(installation)));
        sent.add(orderEvents.send(scheduled(installation)));
        sent.add(orderEvents.send(started(installation)));
        sent.add(orderEvents.send(succeeded(installation)));
        sent.add(orderEvents.send(contractActivatedShredded(installation)));

        sent.forEach(this::awaitConsumed);
        JsonNode won = awaitStatus(id, "WON");
        assertThat(won.get("orders").get(0).get("orderNumber").asString()).isEqualTo(installation.number());
        // the ticket's own snapshot is untouched by the events' empty fields
        assertThat(won.get("contact").get("name").asString())
                .isEqualTo(ticket.get("contact").get("name").asString());
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private JsonNode export(UUID leadId) {
        var response = asAdmin().get("/api/tickets/personal-data/" + leadId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> ids(JsonNode tickets) {
        return tickets.valueStream().map(t -> t.get("id").asString()).toList();
    }

    /** Waits for this context's {@code n}th confirmation of the lead on ticket.events; returns its data. */
    private JsonNode awaitConfirmation(UUID leadId, int n) {
        List<KafkaProbe.Event> confirmations = Awaitility.await("confirmation " + n + " of lead " + leadId)
                .atMost(EVENTUALLY)
                .until(
                        () -> kafka.readAll(
                                Topics.TICKET,
                                e -> leadId.toString().equals(e.key())
                                        && TicketPersonalDataErased.TYPE.equals(e.type())
                                        && SOURCE.equals(e.headers().get("ce_source"))),
                        found -> found.size() >= n);
        assertThat(confirmations).hasSize(n);
        KafkaProbe.Event event = confirmations.get(n - 1);
        EventSchemas.assertValid(event);
        assertThat(event.headers()).containsEntry("ce_subject", leadId.toString());
        return JSON.readTree(event.data());
    }

    private long confirmationsInOutbox(UUID leadId) {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE event_key = :key AND event_type = :type")
                .param("key", leadId.toString())
                .param("type", TicketPersonalDataErased.TYPE)
                .query(Long.class)
                .single();
    }

    private void awaitPublished(String... ticketIds) {
        Awaitility.await("the tickets' events published")
                .atMost(EVENTUALLY)
                .until(() ->
                        jdbc.sql("SELECT count(*) FROM outbox_event WHERE event_key IN (:ids) AND published_at IS NULL")
                                        .param("ids", List.of(ticketIds))
                                        .query(Long.class)
                                        .single()
                                == 0);
    }

    /**
     * Every text, JSON, array and byte column of every table of the service's database that holds the
     * value somewhere, as {@code table.column}.
     */
    private List<String> columnsHolding(String value) {
        List<Map<String, Object>> columns = jdbc.sql(
                        """
                        SELECT table_name, column_name, data_type
                          FROM information_schema.columns
                         WHERE table_schema = 'public'
                           AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea',
                                             'ARRAY')
                         ORDER BY table_name, column_name
                        """)
                .query()
                .listOfRows();
        assertThat(columns).isNotEmpty();
        List<String> holding = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            String condition = "bytea".equals(column.get("data_type"))
                    ? "position(convert_to(:value, 'UTF8') IN \"" + name + "\") > 0"
                    : "strpos(lower(\"" + name + "\"::text), lower(:value)) > 0";
            long rows = jdbc.sql("SELECT count(*) FROM \"" + table + "\" WHERE " + condition)
                    .param("value", value)
                    .query(Long.class)
                    .single();
            if (rows > 0) {
                holding.add(table + "." + name);
            }
        }
        return holding;
    }

    /** The lead's tickets, their orders and comments, row by row as text: to compare before and after. */
    private List<String> rowsOf(UUID leadId) {
        List<String> rows = new ArrayList<>();
        for (String sql : List.of(
                "SELECT t::text FROM ticket t WHERE t.lead_id = :lead ORDER BY t.number",
                "SELECT o::text FROM ticket_order o JOIN ticket t ON t.id = o.ticket_id WHERE t.lead_id = :lead"
                        + " ORDER BY t.number, o.position",
                "SELECT c::text FROM ticket_comment c JOIN ticket t ON t.id = c.ticket_id WHERE t.lead_id = :lead"
                        + " ORDER BY t.number, c.position")) {
            rows.addAll(jdbc.sql(sql).param("lead", leadId).query(String.class).list());
        }
        return rows;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
