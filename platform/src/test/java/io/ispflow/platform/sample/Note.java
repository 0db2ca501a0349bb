package io.ispflow.platform.sample;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

@Entity
@Table(name = "sample_note")
public class Note {

    @Id
    private UUID id;

    private String text;

    private String zone;

    @Version
    private long version;

    protected Note() {}

    Note(String text, String zone) {
        this.id = UUID.randomUUID();
        this.text = text;
        this.zone = zone;
    }

    void rewrite(String text) {
        this.text = text;
    }

    public UUID getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public String getZone() {
        return zone;
    }

    public long getVersion() {
        return version;
    }
}
