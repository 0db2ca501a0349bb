package io.ispflow.lead.history;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One change of a lead, as the history shows it.
 *
 * @param reference what the change is about or came from: {@code prospect:<id>}, {@code contract:<id>},
 *     {@code import:<id>}; null for a plain edit
 */
public record HistoryEntry(
        long id, OffsetDateTime at, String by, HistoryAction action, String reference, List<FieldChange> changes) {}
