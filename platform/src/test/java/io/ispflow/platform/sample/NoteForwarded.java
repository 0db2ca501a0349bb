package io.ispflow.platform.sample;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;

/** Published by the sample's own consumer for a note whose text starts with "forward": an event caused by an event. */
@EventType(value = "sample.note.forwarded.v1", topic = NoteCreated.TOPIC)
public record NoteForwarded(String noteId) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return noteId;
    }
}
