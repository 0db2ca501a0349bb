package io.ispflow.lead.history;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One change of a lead, as the history shows it.
 *
 * @param reference what the change is about or came from: {@code prospect:<id>}, {@code contract:<id>},
 *     {@code import:<id>}; null for a plain edit
 */
public record HistoryEntry(
        @Schema(example = "1042") long id,
        @Schema(description = "when it changed", example = "2026-11-30T14:05:00Z") OffsetDateTime at,
        @Schema(description = "who changed it", example = "ana") String by,
        @Schema(example = "UPDATED") HistoryAction action,
        @Schema(
                        description = "what it is about or came from: prospect:<id>, contract:<id>, import:<id>; null "
                                + "for a plain edit",
                        example = "import:7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f")
                String reference,
        @Schema(description = "each field's value before and after") List<FieldChange> changes) {}
