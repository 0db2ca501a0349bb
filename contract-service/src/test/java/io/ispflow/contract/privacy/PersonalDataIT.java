package io.ispflow.contract.privacy;

import static io.ispflow.contract.fixtures.ContractRequests.aContractFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.contract.fixtures.ContractServiceTestSupport;
import io.ispflow.contract.fixtures.OrderEvents;
import io.ispflow.contracts.Topics;
import io.ispflow.contracts.contract.ContractActivated;
import io.ispflow.contracts.contract.ContractPersonalDataErased;
import io.ispflow.contracts.lead.LeadErased;
import io.ispflow.contracts.order.OrderCreated;
import io.ispflow.testsupport.Api;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The right of access and the right to erasure in the contract service: the ADMIN's export of a lead's
 * data, and {@code lead.erased.v1} anonymising every copy (customer, contracts, installation order
 * copies, stored responses, sent outbox rows) in one transaction with its confirmation; never while a
 * contract is in force, and an erased contract never becomes active.
 */
class PersonalDataIT extends ContractServiceTestSupport {

    /** Distinctive personal values, so a scan of the whole database finds exactly this person. */
    private record Person(String name, String document, String email, String phone, String mobile) {

        static Person random() {
            String tag = Long.toHexString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 44));
            ThreadLocalRandom random = ThreadLocalRandom.current();
            return new Person(
                    "Zoraida Quintanilla " + tag,
                    String.valueOf(random.nextInt(40_000_000, 49_999_999)),
                    "zoraida." + tag + "@example.org",
                    "+54 341 7" + random.nextInt(100_000, 999_999),
                    "+54 9 341 8" + random.nextInt(100_000, 999_999));
        }

        List<String> values() {
            return List.of(name, document, email, phone, mobile);
        }
    }

    private OrderCreated anOrderOf(Person person, String leadId, SoldCatalog catalog) {
        return anOrderCopied(OrderEvents.anInstallationOrder()
                .inZone(catalog.zone())
                .forLead(leadId)
                .forCustomer(person.name(), person.document())
                .reachableAt(person.email(), person.phone(), person.mobile())
                .at("Calle Falsa 742, timbre " + person.name())
                .withNotes("Preguntar por " + person.name() + " al " + person.mobile())
                .selling(catalog.offer())
                .build());
    }

    private Api.Response export(Api caller, String leadId) {
        return caller.get("/api/contracts/personal-data/" + leadId);
    }

    private JsonNode export(String leadId) {
        Api.Response response = export(asAdmin(), leadId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static LeadErased erasureOf(String leadId) {
        return new LeadErased(leadId, "NORTE", "admin", OffsetDateTime.now(ZoneOffset.UTC));
    }

    private Api.Response terminate(String contractId, String reason) {
        return asBackoffice()
                .header("If-Match", etagOf(contractId))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/contracts/" + contractId + "/termination", Map.of("reason", reason));
    }

    /** Every text, JSON and binary column of every table of the service's database that holds the value. */
    private List<String> columnsHolding(String value) {
        List<String> found = new ArrayList<>();
        jdbc.sql(
                        """
                        SELECT table_name, column_name, data_type FROM information_schema.columns
                         WHERE table_schema = 'public'
                           AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')
                         ORDER BY table_name, column_name
                        """)
                .query()
                .listOfRows()
                .forEach(column -> {
                    String table = '"' + column.get("table_name").toString() + '"';
                    String name = '"' + column.get("column_name").toString() + '"';
                    String where = "bytea".equals(column.get("data_type"))
                            ? "position(convert_to(:value, 'UTF8') in " + name + ") > 0"
                            : "strpos(" + name + "::text, :value) > 0";
                    long rows = jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + where)
                            .param("value", value)
                            .query(Long.class)
                            .single();
                    if (rows > 0) {
                        found.add(column.get("table_name") + "." + column.get("column_name"));
                    }
                });
        return found;
    }

    /** The outbox relay sent everything written so far (what it sent, an erasure deletes). */
    private void awaitOutboxSent() {
        Awaitility.await("the outbox sent")
                .atMost(EVENTUALLY)
                .until(() -> jdbc.sql("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")
                                .query(Long.class)
                                .single()
                        == 0);
    }

    private static JsonNode withoutGeneratedAt(JsonNode export) {
        ObjectNode copy = (ObjectNode) export.deepCopy();
        copy.remove("generatedAt");
        return copy;
    }

    private static JsonNode byId(JsonNode records, String field, String id) {
        return records.valueStream()
                .filter(record -> id.equals(record.get(field).asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no record " + id + " in " + records));
    }

    @Test
    void shouldEraseEveryCopyOfThePersonConfirmItAndStayErasedWhenAskedAgain() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        Person person = Person.random();
        String leadId = UUID.randomUUID().toString();
        OrderCreated home = anOrderOf(person, leadId, catalog);
        OrderCreated shop = anOrderOf(person, leadId, catalog);
        OrderCreated office = anOrderOf(person, leadId, catalog);
        // home: made with an Idempotency-Key (its response is stored), installed, then terminated
        Api.Response made = asBackoffice()
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post(
                        "/api/contracts",
                        aContractFor(home.orderId())
                                .onNode(catalog.node().code())
                                .pppoeUser("zq-" + person.document())
                                .notes("Cliente " + person.name() + ", avisar al " + person.phone())
                                .body());
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String terminatedId = made.json().get("id").asString();
        String customerId = made.json().get("customer").get("id").asString();
        awaitProcessed(kafka.publish(OrderEvents.completedSuccessfully(home)));
        assertThat(contract(terminatedId).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(terminate(terminatedId, "Baja pedida por " + person.name()).status())
                .isEqualTo(200);
        // shop: a contract waiting for its installation
        String enabledId = created(aContractFor(shop.orderId())
                        .onNode(catalog.node().code())
                        .body())
                .get("id")
                .asString();
        // office: only the copy of an order whose installation failed
        awaitProcessed(kafka.publish(OrderEvents.failed(office, "Nadie atendió al " + person.mobile())));

        JsonNode before = export(leadId);
        assertThat(before.get("service").asString()).isEqualTo("contract-service");
        assertThat(before.get("leadId").asString()).isEqualTo(leadId);
        assertThat(before.get("generatedAt").asString()).isNotBlank();
        assertThat(before.get("customers").size()).isEqualTo(1);
        assertThat(before.at("/customers/0/contact/name").asString()).isEqualTo(person.name());
        assertThat(before.at("/customers/0/contact/documentNumber").asString()).isEqualTo(person.document());
        assertThat(before.get("contracts").valueStream().map(c -> c.get("id").asString()))
                .containsExactlyInAnyOrder(terminatedId, enabledId);
        JsonNode terminatedBefore = byId(before.get("contracts"), "id", terminatedId);
        assertThat(terminatedBefore.get("number").asString()).matches("CT-[0-9]{6,}");
        assertThat(terminatedBefore.get("status").asString()).isEqualTo("TERMINATED");
        assertThat(terminatedBefore.at("/customer/email").asString()).isEqualTo(person.email());
        assertThat(terminatedBefore.at("/location/address").asString()).contains(person.name());
        assertThat(terminatedBefore.at("/technical/pppoeUser").asString()).isEqualTo("zq-" + person.document());
        assertThat(terminatedBefore.at("/pricing/regularMonthlyTotal").decimalValue())
                .isEqualByComparingTo("28400.00");
        assertThat(terminatedBefore.get("history").valueStream().map(change -> change.get("status")
                        .asString()))
                .containsExactly("ENABLED", "ACTIVE", "TERMINATED");
        assertThat(terminatedBefore.at("/history/2/reason").asString()).contains(person.name());
        assertThat(byId(before.get("contracts"), "id", enabledId).get("status").asString())
                .isEqualTo("ENABLED");
        assertThat(before.get("installations").valueStream().map(o -> o.get("orderId")
                        .asString()))
                .containsExactlyInAnyOrder(home.orderId(), shop.orderId(), office.orderId());
        JsonNode officeBefore = byId(before.get("installations"), "orderId", office.orderId());
        assertThat(officeBefore.at("/contact/phone").asString()).isEqualTo(person.phone());
        assertThat(officeBefore.get("failureReason").asString()).contains(person.mobile());
        // the scan finds the person before the erasure (so it would find any copy left after it)
        assertThat(person.values())
                .allSatisfy(value -> assertThat(columnsHolding(value)).isNotEmpty());
        awaitOutboxSent();

        LeadErased erasure = erasureOf(leadId);
        String erasureId = kafka.publish(erasure);

        JsonNode confirmation = data(awaitPublished(leadId, ContractPersonalDataErased.class));
        assertThat(confirmation.get("leadId").asString()).isEqualTo(leadId);
        assertThat(confirmation.get("zone").asString()).isEqualTo("NORTE");
        // three order copies, two contracts, one customer
        assertThat(confirmation.get("records").asInt()).isEqualTo(6);
        assertThat(confirmation.get("erasedAt").asString()).isNotBlank();
        for (String value : person.values()) {
            assertThat(columnsHolding(value))
                    .as("columns still holding " + value)
                    .isEmpty();
        }
        assertThat(count(
                        "SELECT count(*) FROM idempotency_key WHERE response_location = :id",
                        "/api/contracts/" + terminatedId))
                .isZero();

        JsonNode after = export(leadId);
        JsonNode customer = after.at("/customers/0");
        assertThat(customer.get("id").asString()).isEqualTo(customerId);
        assertThat(customer.at("/contact/name").asString()).isEqualTo("erased");
        assertThat(customer.at("/contact/documentNumber").isNull()).isTrue();
        assertThat(customer.at("/contact/email").isNull()).isTrue();
        assertThat(customer.at("/contact/billing/taxId").isNull()).isTrue();
        assertThat(customer.at("/contact/billing/taxCondition").asString()).isEqualTo("CONSUMIDOR_FINAL");
        assertThat(customer.at("/contact/leadId").asString()).isEqualTo(leadId);
        assertThat(customer.get("erasedAt").isNull()).isFalse();
        JsonNode terminated = byId(after.get("contracts"), "id", terminatedId);
        assertThat(terminated.get("status").asString()).isEqualTo("TERMINATED");
        assertThat(terminated.get("number").asString())
                .isEqualTo(terminatedBefore.get("number").asString());
        assertThat(terminated.at("/customer/name").asString()).isEqualTo("erased");
        assertThat(terminated.at("/customer/phone").isNull()).isTrue();
        assertThat(terminated.at("/location/address").isNull()).isTrue();
        assertThat(terminated.at("/location/postalCode").isNull()).isTrue();
        assertThat(terminated.at("/location/latitude").isNull()).isTrue();
        assertThat(terminated.at("/location/longitude").isNull()).isTrue();
        assertThat(terminated.at("/location/city").asString()).isEqualTo("Rosario");
        assertThat(terminated.at("/location/zone").asString()).isEqualTo("NORTE");
        assertThat(terminated.at("/technical/pppoeUser").isNull()).isTrue();
        assertThat(terminated.at("/technical/node").asString())
                .isEqualTo(catalog.node().code());
        assertThat(terminated.get("notes").isNull()).isTrue();
        assertThat(terminated.at("/pricing/regularMonthlyTotal").decimalValue()).isEqualByComparingTo("28400.00");
        assertThat(terminated.get("history").valueStream().map(change -> change.get("status")
                        .asString()))
                .containsExactly("ENABLED", "ACTIVE", "TERMINATED");
        assertThat(terminated.get("history").valueStream())
                .allSatisfy(change -> assertThat(change.get("reason").isNull()).isTrue());
        assertThat(terminated.get("erasedAt").isNull()).isFalse();
        assertThat(byId(after.get("contracts"), "id", enabledId).get("status").asString())
                .isEqualTo("ENABLED");
        JsonNode officeAfter = byId(after.get("installations"), "orderId", office.orderId());
        assertThat(officeAfter.at("/contact/name").asString()).isEqualTo("erased");
        assertThat(officeAfter.at("/contact/mobile").isNull()).isTrue();
        assertThat(officeAfter.get("notes").isNull()).isTrue();
        assertThat(officeAfter.get("failureReason").isNull()).isTrue();
        assertThat(officeAfter.get("outcome").asString()).isEqualTo("FAILED");
        assertThat(officeAfter.at("/offer/plan").asString())
                .isEqualTo(catalog.plan().code());
        // users still open and list what remains
        assertThat(asBackoffice()
                        .get("/api/contracts/" + enabledId)
                        .json()
                        .at("/customer/name")
                        .asString())
                .isEqualTo("erased");
        assertThat(asBackoffice().get("/api/customers/" + customerId).status()).isEqualTo(200);
        assertThat(asBackoffice().get("/api/customers?q=erased").status()).isEqualTo(200);
        assertThat(asBackoffice()
                        .get("/api/contracts?leadId=" + leadId)
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(2);

        // the same delivery again (same ce_id), then an administrator's retry (a new event, same key: after it)
        kafka.publish(erasure, erasureId);
        awaitProcessed(kafka.publish(erasureOf(leadId)));

        assertThat(eventsWritten(leadId, ContractPersonalDataErased.class)).isEqualTo(2);
        assertThat(withoutGeneratedAt(export(leadId))).isEqualTo(withoutGeneratedAt(after));
        Awaitility.await("the retry's confirmation")
                .atMost(EVENTUALLY)
                .until(() -> kafka.readAll(
                                        Topics.CONTRACT,
                                        e -> leadId.equals(e.key()) && ContractPersonalDataErased.TYPE.equals(e.type()))
                                .size()
                        == 2);
        assertThat(kafka
                        .readAll(
                                Topics.CONTRACT,
                                e -> leadId.equals(e.key()) && ContractPersonalDataErased.TYPE.equals(e.type()))
                        .stream()
                        .map(e -> data(e).get("records").asInt()))
                .containsExactly(6, 6);
    }

    @Test
    void shouldNeitherEraseNorConfirmWhileAContractIsInForce() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        Person person = Person.random();
        String leadId = UUID.randomUUID().toString();
        OrderCreated order = anOrderOf(person, leadId, catalog);
        String contractId = created(aContractFor(order.orderId())
                        .onNode(catalog.node().code())
                        .body())
                .get("id")
                .asString();
        awaitProcessed(kafka.publish(OrderEvents.completedSuccessfully(order)));
        assertThat(contract(contractId).get("status").asString()).isEqualTo("ACTIVE");

        awaitProcessed(kafka.publish(erasureOf(leadId)));

        assertThat(eventsWritten(leadId, ContractPersonalDataErased.class)).isZero();
        JsonNode kept = export(leadId);
        assertThat(kept.at("/customers/0/contact/name").asString()).isEqualTo(person.name());
        assertThat(kept.at("/contracts/0/status").asString()).isEqualTo("ACTIVE");
        assertThat(kept.at("/contracts/0/customer/documentNumber").asString()).isEqualTo(person.document());
        assertThat(kept.at("/installations/0/contact/email").asString()).isEqualTo(person.email());
        assertThat(count("SELECT count(*) FROM erased_lead WHERE lead_id = :id", leadId))
                .isZero();

        // back office terminates the contract, the administrator asks again
        assertThat(terminate(contractId, "desistió").status()).isEqualTo(200);
        awaitProcessed(kafka.publish(erasureOf(leadId)));

        assertThat(eventsWritten(leadId, ContractPersonalDataErased.class)).isEqualTo(1);
        JsonNode erased = export(leadId);
        assertThat(erased.at("/customers/0/contact/name").asString()).isEqualTo("erased");
        assertThat(erased.at("/contracts/0/customer/documentNumber").isNull()).isTrue();
        assertThat(erased.at("/installations/0/contact/email").isNull()).isTrue();
    }

    @Test
    void shouldNeverActivateAContractWhoseCustomerWasErased() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        Person person = Person.random();
        String leadId = UUID.randomUUID().toString();
        OrderCreated order = anOrderOf(person, leadId, catalog);
        String contractId = created(aContractFor(order.orderId())
                        .onNode(catalog.node().code())
                        .body())
                .get("id")
                .asString();
        awaitOutboxSent();
        awaitProcessed(kafka.publish(erasureOf(leadId)));
        assertThat(eventsWritten(leadId, ContractPersonalDataErased.class)).isEqualTo(1);

        // the installation succeeds afterwards: processed (not dead-lettered), and the contract stays ENABLED
        awaitProcessed(kafka.publish(OrderEvents.completedSuccessfully(order)));

        JsonNode contract = contract(contractId);
        assertThat(contract.get("status").asString()).isEqualTo("ENABLED");
        assertThat(contract.get("activatedAt").isNull()).isTrue();
        assertThat(eventsWritten(contractId, ContractActivated.class)).isZero();

        // an order of the lead copied after the erasure keeps nothing of the person and gets no contract
        OrderCreated late = anOrderOf(person, leadId, catalog);
        JsonNode lateCopy = byId(export(leadId).get("installations"), "orderId", late.orderId());
        assertThat(lateCopy.at("/contact/name").asString()).isEqualTo("erased");
        assertThat(lateCopy.at("/location/address").isNull()).isTrue();
        assertThat(lateCopy.get("notes").isNull()).isTrue();
        assertThat(lateCopy.get("erasedAt").isNull()).isFalse();
        awaitProcessed(kafka.publish(OrderEvents.completedSuccessfully(late)));
        var form = asBackoffice().get("/api/contracts/prefill?orderId=" + late.orderId());
        var creation = asBackoffice()
                .post(
                        "/api/contracts",
                        aContractFor(late.orderId())
                                .onNode(catalog.node().code())
                                .body());

        assertThat(form.status()).isEqualTo(409);
        assertThat(creation.status()).as(creation.toString()).isEqualTo(409);
        assertThat(problemType(creation)).isEqualTo("urn:problem:ispflow:customer-erased");
        assertThat(creation.json().get("detail").asString())
                .containsIgnoringCase("the customer's personal data was erased");
        assertThat(creation.contentType()).startsWith("application/problem+json");
        assertThat(person.values())
                .allSatisfy(value -> assertThat(columnsHolding(value)).isEmpty());
    }

    @Test
    void shouldConfirmALeadItNeverHeldAndExportNothingOfIt() {
        String leadId = UUID.randomUUID().toString();

        JsonNode nothing = export(leadId);
        awaitProcessed(kafka.publish(erasureOf(leadId)));

        assertThat(nothing.get("leadId").asString()).isEqualTo(leadId);
        assertThat(nothing.get("customers").isEmpty()).isTrue();
        assertThat(nothing.get("contracts").isEmpty()).isTrue();
        assertThat(nothing.get("installations").isEmpty()).isTrue();
        assertThat(data(awaitPublished(leadId, ContractPersonalDataErased.class))
                        .get("records")
                        .asInt())
                .isZero();
    }

    @Test
    void shouldLetOnlyAnAdministratorExport() {
        String leadId = UUID.randomUUID().toString();

        assertThat(export(asBackoffice(), leadId).status()).isEqualTo(403);
        assertThat(export(asSales("NORTE"), leadId).status()).isEqualTo(403);
        assertThat(export(api().as(token("tecnico", "TECHNICIAN")), leadId).status())
                .isEqualTo(403);
        assertThat(export(api(), leadId).status()).isEqualTo(401);
        assertThat(export(asAdmin(), "not-a-lead-id").status()).isEqualTo(400);
    }

    @Test
    void shouldProcessOrdersWhosePersonalFieldsWereShredded() {
        SoldCatalog catalog = aCatalogIn("NORTE");
        String leadId = UUID.randomUUID().toString();
        OrderCreated order = anOrderCopied(OrderEvents.anInstallationOrder()
                .inZone(catalog.zone())
                .forLead(leadId)
                .selling(catalog.offer())
                .shredded()
                .build());
        JsonNode created = created(
                aContractFor(order.orderId()).onNode(catalog.node().code()).body());
        String contractId = created.get("id").asString();

        awaitProcessed(kafka.publish(OrderEvents.shredded(OrderEvents.completedSuccessfully(order))));

        JsonNode contract = contract(contractId);
        assertThat(contract.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(contract.at("/customer/name").isNull()).isTrue();
        assertThat(contract.at("/location/address").isNull()).isTrue();
        assertThat(contract.at("/location/city").asString()).isEqualTo("Rosario");
        String customerId = created.at("/customer/id").asString();
        assertThat(asBackoffice().get("/api/customers/" + customerId).status()).isEqualTo(200);
        assertThat(asBackoffice().get("/api/customers?zone=NORTE&sort=name,asc").status())
                .isEqualTo(200);
        assertThat(export(leadId).at("/installations/0/contact/name").isNull()).isTrue();
        awaitPublished(contractId, ContractActivated.class);
    }
}
