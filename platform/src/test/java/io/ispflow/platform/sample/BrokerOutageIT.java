package io.ispflow.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ispflow.testsupport.Api;
import io.ispflow.testsupport.KafkaProbe;
import io.ispflow.testsupport.RestartableKafkaBroker;
import io.ispflow.testsupport.ServiceTest;
import io.ispflow.testsupport.TestTokens;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The service runs against a broker of its own, which this test kills and brings back. */
@ServiceTest
class BrokerOutageIT {

    static final RestartableKafkaBroker broker = RestartableKafkaBroker.start();

    @DynamicPropertySource
    static void ownBroker(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", broker::bootstrapServers);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldDeliverAnEventCommittedWhileTheBrokerWasDown() {
        Api api = Api.at(port)
                .as(TestTokens.user("ana").roles("SALES").zones("NORTE").token());
        broker.kill();

        var created = api.post("/api/notes", Map.of("text", "written during the outage", "zone", "NORTE"));

        assertThat(created.status()).isEqualTo(201);
        String noteId = created.json().get("id").asString();
        // the relay keeps trying while the broker is away; the event waits in the outbox
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> pending(noteId) == 1);

        broker.restart();

        var event = new KafkaProbe(broker.bootstrapServers())
                .awaitEvent(NoteCreated.TOPIC, e -> noteId.equals(e.key()), Duration.ofSeconds(60));
        assertThat(event.type()).isEqualTo("sample.note.created.v1");
        await().atMost(Duration.ofSeconds(30)).until(() -> pending(noteId) == 0);
        // and the service's own consumer, reconnected, applies it exactly once
        await().atMost(Duration.ofSeconds(60)).until(() -> effects(noteId) == 1);
    }

    private long pending(String noteId) {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE event_key = :id AND published_at IS NULL")
                .param("id", noteId)
                .query(Long.class)
                .single();
    }

    private long effects(String noteId) {
        return jdbc.sql("SELECT count(*) FROM sample_effect WHERE note_id = :id")
                .param("id", noteId)
                .query(Long.class)
                .single();
    }
}
