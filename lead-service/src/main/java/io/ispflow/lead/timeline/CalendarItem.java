package io.ispflow.lead.timeline;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A meeting, visit or due task in a user's calendar, with the lead it is about. */
public record CalendarItem(
        UUID entryId,
        UUID leadId,
        String leadName,
        String zone,
        EntryType type,
        String title,
        OffsetDateTime startAt,
        OffsetDateTime endAt,
        OffsetDateTime dueAt,
        Boolean done) {}
