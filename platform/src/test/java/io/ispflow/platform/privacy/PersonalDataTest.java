package io.ispflow.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Personal;
import io.ispflow.contracts.contract.ContractCreated;
import io.ispflow.contracts.contract.PriceLine;
import io.ispflow.contracts.contract.Pricing;
import io.ispflow.contracts.contract.TechnicalData;
import io.ispflow.contracts.lead.LeadCreated;
import io.ispflow.contracts.lead.LeadSnapshot;
import io.ispflow.contracts.shared.Billing;
import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Equipment;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import io.ispflow.contracts.ticket.OrderKind;
import io.ispflow.contracts.ticket.OrderRequest;
import io.ispflow.contracts.ticket.TicketOpened;
import io.ispflow.testsupport.EventSchemas;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PersonalDataTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PATTERN = "^ispflow:pii:v1:[0-9a-f-]{36}:[A-Za-z0-9_-]+$";

    private final InMemoryPersonKeys keys = new InMemoryPersonKeys();
    private final PersonalData personalData = new PersonalData(keys, JSON);

    private final String leadId = UUID.randomUUID().toString();

    @Test
    void shouldSealEveryPersonalValueAndOpenItBackIncludingNumbers() {
        TicketOpened ticket = ticket(leadId);

        String sealed = personalData.seal(ticket);

        JsonNode wire = JSON.readTree(sealed);
        assertThat(wire.at("/contact/name").asString()).matches(PATTERN).startsWith("ispflow:pii:v1:" + leadId + ":");
        assertThat(wire.at("/contact/billing/taxId").asString()).matches(PATTERN);
        assertThat(wire.at("/location/latitude").isString()).isTrue();
        assertThat(wire.at("/location/latitude").asString()).matches(PATTERN);
        assertThat(wire.at("/orderRequest/notes").asString()).matches(PATTERN);
        assertThat(wire.at("/contact/personType").asString()).isEqualTo("INDIVIDUAL");
        assertThat(wire.at("/location/city").asString()).isEqualTo("Córdoba");
        assertThat(wire.at("/contact/mobile").isNull()).isTrue();
        assertThat(sealed).doesNotContain("Ana Gómez", "-31.4201", "20-12345678-9", "por la tarde");
        EventSchemas.assertValid(TicketOpened.TYPE, sealed);

        TicketOpened opened = JSON.readValue(personalData.open(sealed), TicketOpened.class);
        assertThat(opened).isEqualTo(ticket);
        assertThat(opened.location().latitude()).isEqualTo(-31.4201);
        assertThat(JSON.readValue(personalData.open(sealed.getBytes(StandardCharsets.UTF_8)), TicketOpened.class))
                .isEqualTo(ticket);
    }

    @Test
    void shouldSealNestedRecordsWithTheNearestLeadId() {
        String snapshotLead = UUID.randomUUID().toString();
        LeadCreated created = new LeadCreated(
                leadId,
                new LeadSnapshot(
                        snapshotLead,
                        "NORTE",
                        "WEB",
                        "ana",
                        "PHONE",
                        null,
                        "NEW",
                        null,
                        "LEAD",
                        contact(snapshotLead),
                        "llamar después de las 18",
                        null,
                        null,
                        "ana",
                        OffsetDateTime.parse("2025-03-01T10:00:00Z"),
                        "ana",
                        OffsetDateTime.parse("2025-03-01T10:00:00Z"),
                        1));

        JsonNode wire = JSON.readTree(personalData.seal(created));

        assertThat(wire.at("/lead/notes").asString()).startsWith("ispflow:pii:v1:" + snapshotLead + ":");
        assertThat(wire.at("/lead/contact/email").asString()).startsWith("ispflow:pii:v1:" + snapshotLead + ":");
        assertThat(JSON.treeToValue(personalData.open(wire), LeadCreated.class)).isEqualTo(created);
    }

    @EventType(value = "test.group.v1", topic = "test.events")
    record Group(String groupId, List<Contact> members, Contact owner) implements IntegrationEvent {
        @Override
        public String aggregateId() {
            return groupId;
        }
    }

    @Test
    void shouldSealContactsInAListEachWithItsOwnPerson() {
        String other = UUID.randomUUID().toString();
        Group group = new Group("g-1", List.of(contact(leadId), contact(other)), null);

        JsonNode wire = JSON.readTree(personalData.seal(group));

        assertThat(wire.at("/members/0/name").asString()).startsWith("ispflow:pii:v1:" + leadId + ":");
        assertThat(wire.at("/members/1/name").asString()).startsWith("ispflow:pii:v1:" + other + ":");
        assertThat(wire.at("/owner").isNull()).isTrue();
        assertThat(JSON.treeToValue(personalData.open(wire), Group.class)).isEqualTo(group);
    }

    @Test
    void shouldKeepDecimalsExactAndSealPersonalFieldsOfTheTopLevelLead() {
        ContractCreated contract = new ContractCreated(
                "c-1",
                "C-000001",
                "cu-1",
                "CU-000001",
                leadId,
                "o-1",
                "t-1",
                "NORTE",
                new Offer("FIBRA-300", List.of(), List.of()),
                new Pricing(
                        "ARS",
                        List.of(new PriceLine("PLAN", "FIBRA-300", "Fibra 300", new BigDecimal("15000.50"), null)),
                        new BigDecimal("10.10"),
                        new BigDecimal("25000.00"),
                        new BigDecimal("15000.50")),
                location(),
                new TechnicalData(
                        "NODE-1", "PPPOE", "10.0.0.7", "ana.gomez", new Equipment("ONT", "HG8245", "S1", null)),
                "ENABLED",
                "bea",
                OffsetDateTime.parse("2025-03-01T10:00:00Z"));

        String sealed = personalData.seal(contract);

        assertThat(sealed).contains("\"installationFee\":10.10", "\"firstMonthTotal\":25000.00");
        JsonNode wire = JSON.readTree(sealed);
        assertThat(wire.at("/technical/pppoeUser").asString()).startsWith("ispflow:pii:v1:" + leadId + ":");
        assertThat(wire.at("/location/address").asString()).matches(PATTERN);
        String opened = new String(personalData.open(sealed.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertThat(opened).contains("\"installationFee\":10.10", "\"firstMonthTotal\":25000.00");
        assertThat(JSON.readValue(opened, ContractCreated.class)).isEqualTo(contract);
    }

    @Test
    void shouldReadNullOnceTheKeyIsDestroyedAndNeverSealForThatPersonAgain() {
        TicketOpened ticket = ticket(leadId);
        String sealed = personalData.seal(ticket);

        assertThat(keys.destroy(UUID.fromString(leadId))).isTrue();

        TicketOpened opened = JSON.readValue(personalData.open(sealed), TicketOpened.class);
        assertThat(opened.contact().name()).isNull();
        assertThat(opened.contact().billing().taxId()).isNull();
        assertThat(opened.location().latitude()).isNull();
        assertThat(opened.orderRequest().notes()).isNull();
        assertThat(opened.contact().leadId()).isEqualTo(leadId);
        assertThat(opened.location().zone()).isEqualTo("NORTE");

        JsonNode afterErasure = JSON.readTree(personalData.seal(ticket));
        assertThat(afterErasure.at("/contact/name").isNull()).isTrue();
        assertThat(afterErasure.at("/location/latitude").isNull()).isTrue();
        assertThat(keys.existingKey(UUID.fromString(leadId))).isEmpty();
    }

    @Test
    void shouldReadATamperedOrForeignValueAsNull() {
        JsonNode wire = JSON.readTree(personalData.seal(ticket(leadId)));
        String name = wire.at("/contact/name").asString();
        byte[] bytes = Base64.getUrlDecoder().decode(name.substring(name.lastIndexOf(':') + 1));
        bytes[bytes.length - 1] ^= 1;
        ((tools.jackson.databind.node.ObjectNode) wire.get("contact"))
                .put(
                        "name",
                        name.substring(0, name.lastIndexOf(':') + 1)
                                + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        // a value moved to another person (the lead id is the associated data) does not open either
        String other = UUID.randomUUID().toString();
        keys.keyFor(UUID.fromString(other));
        String email = wire.at("/contact/email").asString();
        ((tools.jackson.databind.node.ObjectNode) wire.get("contact")).put("email", email.replace(leadId, other));
        ((tools.jackson.databind.node.ObjectNode) wire.get("contact")).put("phone", "ispflow:pii:v1:garbage");

        TicketOpened opened = JSON.treeToValue(personalData.open(wire), TicketOpened.class);

        assertThat(opened.contact().name()).isNull();
        assertThat(opened.contact().email()).isNull();
        assertThat(opened.contact().phone()).isNull();
        assertThat(opened.contact().documentNumber()).isEqualTo("30111222");
    }

    @Test
    void shouldLetPlainValuesThrough() {
        TicketOpened ticket = ticket(leadId);
        byte[] plain = JSON.writeValueAsBytes(ticket);

        assertThat(personalData.open(plain)).isSameAs(plain);
        assertThat(JSON.readValue(personalData.open(JSON.writeValueAsString(ticket)), TicketOpened.class))
                .isEqualTo(ticket);
        assertThat(personalData.open((byte[]) null)).isNull();
        assertThat(keys.lookups).isZero();
    }

    @Test
    void shouldWriteEventsWithoutPersonalFieldsExactlyAsBefore() {
        var event = new io.ispflow.contracts.order.OrderPersonalDataErased(
                leadId, "NORTE", 2, OffsetDateTime.parse("2025-03-01T10:00:00Z"));

        assertThat(personalData.seal(event)).isEqualTo(JSON.writeValueAsString(event));
        assertThat(keys.lookups).isZero();
    }

    @Test
    void shouldLookUpEachPersonOncePerEvent() {
        personalData.seal(ticket(leadId));

        assertThat(keys.lookups).isEqualTo(1);
    }

    @EventType(value = "test.orphan.v1", topic = "test.events")
    record Orphan(String id, @Personal String name) implements IntegrationEvent {
        @Override
        public String aggregateId() {
            return id;
        }
    }

    @EventType(value = "test.owned.v1", topic = "test.events")
    record Owned(String id, String leadId, @Personal String note) implements IntegrationEvent {
        @Override
        public String aggregateId() {
            return id;
        }
    }

    @Test
    void shouldRefuseAPersonalFieldWithoutLeadId() {
        assertThatThrownBy(() -> personalData.seal(new Orphan("o-1", "Ana")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Orphan.name")
                .hasMessageContaining("no leadId in scope");
        assertThatThrownBy(() -> personalData.seal(new Owned("o-1", null, "a note")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Owned.note")
                .hasMessageContaining("leadId that names its person is null");
        assertThatThrownBy(() -> personalData.seal(new Owned("o-1", "not-a-uuid", "a note")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not a UUID");
        assertThat(JSON.readTree(personalData.seal(new Owned("o-1", null, null)))
                        .get("note")
                        .isNull())
                .isTrue();
    }

    @Test
    void everyEventOfTheContractsShouldNameThePersonOfItsPersonalFields() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(EventType.class));
        List<String> checked = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("io.ispflow.contracts")) {
            Class<? extends IntegrationEvent> type = loadEvent(candidate.getBeanClassName());
            personalData.check(type);
            checked.add(type.getSimpleName());
        }
        assertThat(checked).contains("TicketOpened", "OrderCreated", "ContractCreated", "LeadCreated");
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends IntegrationEvent> loadEvent(String name) {
        try {
            return (Class<? extends IntegrationEvent>) Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- fixtures --------------------------------------------------------------------------------

    static Contact contact(String leadId) {
        return new Contact(
                leadId,
                "INDIVIDUAL",
                "Ana Gómez",
                "DNI",
                "30111222",
                "ana@example.com",
                "+54 351 555 0101",
                null,
                new Billing("Ana Gómez", "CONSUMIDOR_FINAL", "B", "20-12345678-9", null));
    }

    static Location location() {
        return new Location("Av. Colón 1234", "Córdoba", "5000", "Córdoba", "AR", -31.4201, -64.1888, "NORTE");
    }

    static TicketOpened ticket(String leadId) {
        return new TicketOpened(
                UUID.randomUUID().toString(),
                "T-000001",
                leadId,
                UUID.randomUUID().toString(),
                "NORTE",
                "ana",
                contact(leadId),
                new Offer("FIBRA-300", List.of("ROUTER"), List.of()),
                location(),
                new OrderRequest(UUID.randomUUID().toString(), OrderKind.INSTALLATION, "por la tarde"),
                "ana",
                OffsetDateTime.parse("2025-03-01T10:00:00Z"));
    }
}
