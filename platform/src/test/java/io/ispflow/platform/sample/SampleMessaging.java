package io.ispflow.platform.sample;

import io.ispflow.platform.events.consumer.EventSubscriptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sample consumes its own note events and records one effect row per applied event. */
@Configuration
class SampleMessaging {

    @Bean
    EventSubscriptions subscriptions(JdbcClient jdbc) {
        return EventSubscriptions.builder()
                .on(NoteCreated.class, (event, metadata) -> {
                    if ("boom".equals(event.text())) {
                        throw new IllegalStateException("the handler always fails on boom");
                    }
                    jdbc.sql("INSERT INTO sample_effect (event_id, note_id) VALUES (:eventId, :noteId)")
                            .param("eventId", metadata.id())
                            .param("noteId", event.noteId())
                            .update();
                })
                .build();
    }
}
