package io.ispflow.salesdesk.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/** A note a user left on the ticket; comments are only ever added. */
@Embeddable
public class TicketComment {

    @Column(nullable = false)
    private UUID id;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private String author;

    @Column(name = "author_name")
    private String authorName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TicketComment() {}

    TicketComment(String text, String author, String authorName, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.text = text;
        this.author = author;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
