package io.ispflow.salesdesk.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/** A note a user left on the ticket; comments are only ever added (and erased with the lead's data). */
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

    /** The right to erasure: the text goes (the column needs one); its author, a user, stays. */
    void erase() {
        text = Ticket.ERASED;
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
