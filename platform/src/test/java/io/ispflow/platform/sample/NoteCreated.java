package io.ispflow.platform.sample;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;

@EventType(value = "sample.note.created.v1", topic = NoteCreated.TOPIC)
public record NoteCreated(String noteId, String text, String zone) implements IntegrationEvent {

    public static final String TOPIC = "sample.events";

    @Override
    public String aggregateId() {
        return noteId;
    }
}
