package io.ispflow.platform.sample;

import io.ispflow.platform.events.EventPublisher;
import io.ispflow.platform.events.consumer.EventSubscriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sample consumes its own note events and records one effect row per applied event; a note whose
 * text starts with "forward" also makes it publish {@link NoteForwarded}, as a real service reacts to
 * another's event with one of its own.
 */
@Configuration
class SampleMessaging {

    private static final Logger log = LoggerFactory.getLogger(SampleMessaging.class);

    @Bean
    EventSubscriptions subscriptions(JdbcClient jdbc, EventPublisher events) {
        return EventSubscriptions.builder()
                .on(NoteCreated.class, (event, metadata) -> {
                    if ("boom".equals(event.text())) {
                        throw new IllegalStateException("the handler always fails on boom");
                    }
                    jdbc.sql("INSERT INTO sample_effect (event_id, note_id) VALUES (:eventId, :noteId)")
                            .param("eventId", metadata.id())
                            .param("noteId", event.noteId())
                            .update();
                    if (event.text().startsWith("forward")) {
                        log.info("Forwarding note {}", event.noteId());
                        events.publish(new NoteForwarded(event.noteId()));
                    }
                })
                .on(PersonalNote.class, (event, metadata) -> jdbc.sql(
                                """
                                INSERT INTO sample_personal_seen (event_id, note_id, text, latitude)
                                VALUES (:eventId, :noteId, :text, :latitude)
                                """)
                        .param("eventId", metadata.id())
                        .param("noteId", event.noteId())
                        .param("text", event.text())
                        .param("latitude", event.latitude())
                        .update())
                .build();
    }
}
