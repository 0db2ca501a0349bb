package io.ispflow.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ispflow.platform.events.EventPublisher;
import io.ispflow.platform.privacy.PersonKeys;
import io.ispflow.platform.privacy.PersonalData;
import io.ispflow.testsupport.EventSchemas;
import io.ispflow.testsupport.KafkaProbe;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Crypto-shredding end to end: sealed in the outbox and on the topic, opened by the consumer, erased with the key. */
class PersonalDataIT extends PlatformTestSupport {

    private static final String SEALED = "^ispflow:pii:v1:[0-9a-f-]{36}:[A-Za-z0-9_-]+$";

    @Autowired
    EventPublisher events;

    @Autowired
    PersonalData personalData;

    @Autowired
    PersonKeys personKeys;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JsonMapper json;

    private String publish(PersonalNote note) {
        return new TransactionTemplate(transactionManager)
                .execute(status -> events.publish(note).toString());
    }

    private KafkaProbe.Event onTheTopic(String eventId) {
        return kafka.awaitEvent(NoteCreated.TOPIC, e -> eventId.equals(e.id()), Duration.ofSeconds(30));
    }

    private Map<String, Object> seen(String eventId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        count("SELECT count(*) FROM sample_personal_seen WHERE event_id = :id", Map.of("id", eventId))
                                == 1);
        return jdbc.sql("SELECT text, latitude FROM sample_personal_seen WHERE event_id = :id")
                .param("id", eventId)
                .query()
                .singleRow();
    }

    @Test
    void shouldSealInTheOutboxAndOnTheTopicAndOpenForTheConsumer() {
        String leadId = UUID.randomUUID().toString();
        String noteId = UUID.randomUUID().toString();

        String eventId = publish(new PersonalNote(noteId, leadId, "vive con su madre", -31.4201));

        String outbox = jdbc.sql("SELECT payload FROM outbox_event WHERE id = :id")
                .param("id", UUID.fromString(eventId))
                .query(String.class)
                .single();
        assertThat(outbox).doesNotContain("vive con su madre", "-31.4201");
        KafkaProbe.Event event = onTheTopic(eventId);
        EventSchemas.assertValid(event);
        JsonNode wire = json.readTree(event.data());
        assertThat(wire.get("text").asString()).matches(SEALED).contains(leadId);
        assertThat(wire.get("latitude").asString()).matches(SEALED);
        JsonNode opened = json.readTree(event.opened(personalData::open).data());
        assertThat(opened.get("text").asString()).isEqualTo("vive con su madre");
        assertThat(opened.get("latitude").asDouble()).isEqualTo(-31.4201);

        assertThat(seen(eventId)).containsEntry("text", "vive con su madre").containsEntry("latitude", -31.4201);
    }

    @Test
    void shouldEraseEveryCopyWithTheKey() {
        String leadId = UUID.randomUUID().toString();
        String before = publish(new PersonalNote(UUID.randomUUID().toString(), leadId, "dni 30111222", -31.42));
        KafkaProbe.Event sealedBefore = onTheTopic(before);
        seen(before);

        assertThat(personKeys.destroy(UUID.fromString(leadId))).isTrue();

        JsonNode reread = json.readTree(sealedBefore.opened(personalData::open).data());
        assertThat(reread.get("text").isNull()).isTrue();
        assertThat(reread.get("latitude").isNull()).isTrue();
        String after = publish(new PersonalNote(UUID.randomUUID().toString(), leadId, "dni 30111222", -31.42));
        KafkaProbe.Event sealedAfter = onTheTopic(after);
        EventSchemas.assertValid(sealedAfter);
        assertThat(json.readTree(sealedAfter.data()).get("text").isNull()).isTrue();
        assertThat(seen(after)).containsEntry("text", null).containsEntry("latitude", null);
    }

    @Test
    void shouldLetAPlainEventFromAFixtureThrough() {
        String leadId = UUID.randomUUID().toString();
        String noteId = UUID.randomUUID().toString();

        String eventId = kafka.publish(new PersonalNote(noteId, leadId, "en claro", 12.5));

        assertThat(seen(eventId)).containsEntry("text", "en claro").containsEntry("latitude", 12.5);
    }

    @Test
    void shouldOpenAnEventAFixtureSealed() {
        String leadId = UUID.randomUUID().toString();

        String eventId = kafka.publish(
                new PersonalNote(UUID.randomUUID().toString(), leadId, "sellado", 1.5), personalData::seal);

        assertThat(seen(eventId)).containsEntry("text", "sellado").containsEntry("latitude", 1.5);
    }
}
