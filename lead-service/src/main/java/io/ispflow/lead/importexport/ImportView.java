package io.ispflow.lead.importexport;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An import as the API shows it: its status and counts; the rows' outcomes are at
 * {@code /api/leads/imports/{id}/rows}.
 */
record ImportView(
        @Schema(description = "the import's id", example = "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f") UUID id,
        @Schema(example = "leads-noviembre.csv") String fileName,
        @Schema(example = "DONE") ImportStatus status,
        @Schema(description = "the rows with something in them", example = "120") Integer totalRows,
        @Schema(description = "rows with an outcome so far", example = "120") int processedRows,
        @Schema(example = "100") int createdRows,
        @Schema(example = "12") int updatedRows,
        @Schema(example = "3") int unchangedRows,
        @Schema(example = "2") int duplicateRows,
        @Schema(example = "3") int errorRows,
        @ArraySchema(
                        arraySchema = @Schema(description = "header columns that are not the template's, not read"),
                        schema = @Schema(example = "Columna Propia"))
                List<String> ignoredColumns,
        @Schema(description = "why it FAILED; upload the same file again to resume it") String failureReason,
        @Schema(description = "who uploaded it", example = "ana") String importer,
        @Schema(example = "2026-11-30T14:05:00Z") OffsetDateTime uploadedAt,
        @Schema(example = "2026-11-30T14:05:01Z") OffsetDateTime startedAt,
        @Schema(example = "2026-11-30T14:05:09Z") OffsetDateTime finishedAt) {

    static ImportView of(LeadImport i) {
        return new ImportView(
                i.id(),
                i.fileName(),
                i.status(),
                i.totalRows(),
                i.processedRows(),
                i.createdRows(),
                i.updatedRows(),
                i.unchangedRows(),
                i.duplicateRows(),
                i.errorRows(),
                i.ignoredColumns(),
                i.failureReason(),
                i.importer(),
                i.uploadedAt(),
                i.startedAt(),
                i.finishedAt());
    }
}
