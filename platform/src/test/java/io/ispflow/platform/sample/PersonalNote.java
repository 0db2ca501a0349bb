package io.ispflow.platform.sample;

import io.ispflow.contracts.EventType;
import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Personal;

/** A note about a person: its text and the place it was taken are personal data, sealed on the topic. */
@EventType(value = PersonalNote.TYPE, topic = NoteCreated.TOPIC)
public record PersonalNote(String noteId, String leadId, @Personal String text, @Personal Double latitude)
        implements IntegrationEvent {

    public static final String TYPE = "sample.personal-note.v1";

    @Override
    public String aggregateId() {
        return noteId;
    }
}
