package io.ispflow.lead.timeline;

import io.ispflow.lead.common.Text;
import java.time.Instant;
import java.util.UUID;

/** What a user writes in a timeline entry; which fields matter depends on the type. */
record EntryContent(
        EntryType type,
        String title,
        String text,
        Instant startAt,
        Instant endAt,
        Double latitude,
        Double longitude,
        String assignee,
        String taskType,
        String incidenceType,
        Instant dueAt,
        Boolean done,
        Priority priority,
        IncidenceStatus status,
        String link,
        UUID incidenceId) {

    EntryContent {
        title = Text.clean(title);
        text = Text.clean(text);
        assignee = Text.clean(assignee);
        taskType = Text.clean(taskType);
        incidenceType = Text.clean(incidenceType);
        link = Text.clean(link);
    }
}
