package io.ispflow.lead.importexport;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An import as the API shows it: its status and counts; the rows' outcomes are at
 * {@code /api/leads/imports/{id}/rows}.
 */
record ImportView(
        UUID id,
        String fileName,
        ImportStatus status,
        Integer totalRows,
        int processedRows,
        int createdRows,
        int updatedRows,
        int unchangedRows,
        int duplicateRows,
        int errorRows,
        List<String> ignoredColumns,
        String failureReason,
        String importer,
        OffsetDateTime uploadedAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {

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
