package io.ispflow.catalog;

import static io.ispflow.catalog.CatalogFixtures.aNode;
import static io.ispflow.catalog.CatalogFixtures.aPercentDiscount;
import static io.ispflow.catalog.CatalogFixtures.aPlan;
import static io.ispflow.catalog.CatalogFixtures.aRecurringItem;
import static io.ispflow.catalog.CatalogFixtures.aZone;
import static io.ispflow.catalog.CatalogFixtures.anAmountDiscount;
import static io.ispflow.catalog.CatalogFixtures.anOrigin;
import static io.ispflow.catalog.CatalogFixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.ispflow.catalog.CatalogFixtures.Fixture;
import io.ispflow.contracts.Topics;
import io.ispflow.contracts.catalog.CatalogKind;
import io.ispflow.contracts.catalog.OriginChanged;
import io.ispflow.contracts.catalog.PlanChanged;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.testsupport.EventSchemas;
import io.ispflow.testsupport.KafkaProbe;
import io.ispflow.testsupport.RealInfrastructure;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaAdmin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every change is published with the entity's full state on the compacted catalog topic, keyed
 * {@code <kind>:<CODE>}, and another service rebuilds its copy of the catalog from the topic alone.
 */
class CatalogEventsIT extends CatalogTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Reads JSON the way the tests read HTTP responses, so both sides compare alike. */
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    @Autowired
    JsonMapper json;

    @Autowired
    KafkaAdmin kafkaAdmin;

    private long versionOf(KafkaProbe.Event event) {
        return PLAIN.readTree(event.data()).get("version").asLong();
    }

    private long pendingInOutbox() {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")
                .query(Long.class)
                .single();
    }

    /** Once the relay has sent everything committed so far: the events with these keys, in topic order. */
    private List<KafkaProbe.Event> publishedWithKeys(Collection<String> keys) {
        await().atMost(WAIT).until(() -> pendingInOutbox() == 0);
        return kafka.readAll(Topics.CATALOG, event -> keys.contains(event.key()));
    }

    @Test
    void shouldPublishEveryChangeWithTheFullStateKeyedByKindAndCode() {
        Fixture plan = aPlan();
        create(plan);
        update(plan.location(), plan.name("Fibra 300 Hogar").updateBody());
        deactivate(plan.location());
        String key = "plan:" + plan.code();

        List<KafkaProbe.Event> events = publishedWithKeys(List.of(key));

        assertThat(events).extracting(this::versionOf).containsExactly(0L, 1L, 2L);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.type()).isEqualTo(PlanChanged.TYPE);
            assertThat(event.headers()).containsEntry("ce_subject", key).containsEntry("ce_source", "/catalog-service");
            EventSchemas.assertValid(event);
        });
        JsonNode last = PLAIN.readTree(events.get(2).data());
        assertThat(last.get("code").asString()).isEqualTo(plan.code());
        assertThat(last.get("name").asString()).isEqualTo("Fibra 300 Hogar");
        assertThat(last.get("technology").asString()).isEqualTo("FIBER");
        assertThat(last.get("downloadMbps").asInt()).isEqualTo(300);
        assertThat(last.get("monthlyPrice").decimalValue()).isEqualByComparingTo("24900.00");
        assertThat(last.get("installationFee").decimalValue()).isEqualByComparingTo("25000.00");
        assertThat(last.get("currency").asString()).isEqualTo("ARS");
        assertThat(last.get("active").asBoolean()).isFalse();
    }

    @Test
    void shouldPublishSchemaValidEventsForEveryKind() {
        Fixture zone = aZone();
        List<Fixture> fixtures = List.of(
                zone,
                aNode(zone.code()),
                aPlan(),
                aRecurringItem(),
                aPercentDiscount("50", 3),
                anAmountDiscount("1500.50", null),
                anOrigin().name("Campaña Instagram"));
        fixtures.forEach(this::create);

        Map<String, String> expectedTypes = Map.of(
                "zones", "catalog.zone.changed.v1",
                "nodes", "catalog.node.changed.v1",
                "plans", "catalog.plan.changed.v1",
                "recurring-items", "catalog.recurring-item.changed.v1",
                "discounts", "catalog.discount.changed.v1",
                "origins", "catalog.origin.changed.v1");
        Map<String, String> typeByKey = new HashMap<>();
        for (Fixture fixture : fixtures) {
            String collection = fixture.collection().substring("/api/catalog/".length());
            String kind = collection.substring(0, collection.length() - 1);
            typeByKey.put(kind + ":" + fixture.code(), expectedTypes.get(collection));
        }

        List<KafkaProbe.Event> events = publishedWithKeys(typeByKey.keySet());

        assertThat(events).extracting(KafkaProbe.Event::key).containsExactlyInAnyOrderElementsOf(typeByKey.keySet());
        assertThat(events).allSatisfy(event -> {
            assertThat(event.type()).isEqualTo(typeByKey.get(event.key()));
            EventSchemas.assertValid(event);
        });
    }

    @Test
    void shouldPublishNothingWhenAChangeIsRefused() {
        Fixture node = createZoneWithNode();
        await().atMost(WAIT).until(() -> pendingInOutbox() == 0);
        long before =
                jdbc.sql("SELECT count(*) FROM outbox_event").query(Long.class).single();

        var refused = deactivate(CatalogFixtures.ZONES + "/" + node.body().get("zone"));
        var duplicate = asAdmin().post(node.collection(), node.body());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_event")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void shouldKeepTheCatalogTopicCompactedEvenIfItsConfigurationWasChanged() throws Exception {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.get().kafkaBootstrapServers()))) {
            var topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.CATALOG);
            // as if a consumer that started first had the broker auto-create it with the defaults
            admin.incrementalAlterConfigs(Map.of(
                            topic,
                            List.of(new AlterConfigOp(
                                    new ConfigEntry("cleanup.policy", "delete"), AlterConfigOp.OpType.SET))))
                    .all()
                    .get(10, TimeUnit.SECONDS);

            kafkaAdmin.initialize(); // what the catalog does at startup

            var config = admin.describeConfigs(List.of(topic))
                    .all()
                    .get(10, TimeUnit.SECONDS)
                    .get(topic);
            var description = admin.describeTopics(List.of(Topics.CATALOG))
                    .allTopicNames()
                    .get(10, TimeUnit.SECONDS)
                    .get(Topics.CATALOG);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(description.partitions()).hasSize(3);
        }
    }

    @Test
    void shouldLetAnotherServiceRebuildItsCopyFromTheTopicAlone() {
        Fixture zone = aZone();
        create(zone);
        Fixture node = aNode(zone.code());
        create(node);
        Fixture plan = aPlan();
        create(plan);
        update(plan.location(), plan.name("Fibra 300 v2").updateBody());
        update(plan.location(), plan.with("monthlyPrice", money("27500.00")).updateBody());
        Fixture origin = anOrigin();
        create(origin);
        deactivate(origin.location());
        create(aRecurringItem());
        create(anAmountDiscount("990.99", 6));
        await().atMost(WAIT).until(() -> pendingInOutbox() == 0);

        CopyingConsumer consumer = CopyingConsumer.withFreshDatabase(json);
        int read = consumer.readTopicFromTheBeginning();

        assertThat(read).isPositive();
        for (CatalogKind kind : CatalogKind.values()) {
            assertCopyEqualsCatalog(consumer, kind);
        }
        PlanChanged copiedPlan = consumer.copy.plan(plan.code()).orElseThrow();
        assertThat(copiedPlan.version()).isEqualTo(2);
        assertThat(copiedPlan.name()).isEqualTo("Fibra 300 v2");
        assertThat(copiedPlan.monthlyPrice()).isEqualTo(new BigDecimal("27500.00"));
        assertThat(consumer.copy.isActive(CatalogKind.ORIGIN, origin.code())).isFalse();
        assertThat(consumer.copy.origin(origin.code())).isPresent();
        assertThatThrownBy(() -> consumer.copy.requireActive(CatalogKind.ORIGIN, origin.code(), "origin"))
                .isInstanceOf(BadRequestException.class)
                .satisfies(refused -> assertThat(((BadRequestException) refused)
                                .toProblemDetail()
                                .getProperties()
                                .get("errors")
                                .toString())
                        .contains("origin", "unknown or inactive origin " + origin.code()));
        assertThat(consumer.copy.node(node.code()).orElseThrow().zone()).isEqualTo(zone.code());
        // a record that already has the inactive origin may keep it; a new choice must be active
        consumer.copy.requireActiveUnlessUnchanged(CatalogKind.ORIGIN, origin.code(), origin.code(), "origin");
        assertThatThrownBy(() ->
                        consumer.copy.requireActiveUnlessUnchanged(CatalogKind.ORIGIN, origin.code(), "WEB", "origin"))
                .isInstanceOf(BadRequestException.class);
        assertThat(consumer.copy.all(OriginChanged.class, true))
                .extracting(OriginChanged::code)
                .contains("WEB")
                .doesNotContain(origin.code());
        assertThat(consumer.copy
                        .requireActive(CatalogKind.ZONE, zone.code(), "zone")
                        .name())
                .isEqualTo("Zona de prueba");
    }

    @Test
    void shouldIgnoreRedeliveriesAndLateOlderVersionsInTheCopy() {
        Fixture plan = aPlan();
        create(plan);
        update(plan.location(), plan.name("Fibra 300 v2").updateBody());
        KafkaProbe.Event firstEvent =
                publishedWithKeys(List.of("plan:" + plan.code())).get(0);
        PlanChanged first = json.readValue(firstEvent.data(), PlanChanged.class);
        CopyingConsumer consumer = CopyingConsumer.withFreshDatabase(json);
        consumer.readTopicFromTheBeginning();

        int replayed = consumer.readTopicFromTheBeginning();
        boolean lateOldVersionApplied = consumer.copy.apply(first);

        assertThat(replayed).isPositive();
        assertThat(lateOldVersionApplied).isFalse();
        assertThat(consumer.copy.plan(plan.code()).orElseThrow().version()).isEqualTo(1);
        assertThat(consumer.copy.plan(plan.code()).orElseThrow().name()).isEqualTo("Fibra 300 v2");
        assertCopyEqualsCatalog(consumer, CatalogKind.PLAN);
    }

    /** Same codes, and every field of every copied event equal to the catalog's current representation. */
    private void assertCopyEqualsCatalog(CopyingConsumer consumer, CatalogKind kind) {
        Map<String, JsonNode> catalog = listAll("/api/catalog/" + kind.value() + "s");
        Map<String, JsonNode> copied = new HashMap<>();
        consumer.copy
                .all(kind.eventClass(), false)
                .forEach(event -> copied.put(event.code(), PLAIN.readTree(json.writeValueAsString(event))));

        assertThat(copied.keySet()).as("%s codes", kind).containsExactlyInAnyOrderElementsOf(catalog.keySet());
        copied.forEach((code, event) -> event.properties()
                .forEach(field -> assertThat(catalog.get(code).get(field.getKey()))
                        .as("%s %s %s", kind, code, field.getKey())
                        .isEqualTo(field.getValue())));
    }

    private Map<String, JsonNode> listAll(String collection) {
        Map<String, JsonNode> all = new HashMap<>();
        int page = 0;
        JsonNode response;
        do {
            response = asSales().get(collection + "?size=200&page=" + page++).json();
            response.get("items")
                    .valueStream()
                    .forEach(item -> all.put(item.get("code").asString(), item));
        } while (page < response.get("totalPages").asInt());
        return all;
    }
}
