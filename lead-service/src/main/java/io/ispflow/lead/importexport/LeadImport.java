package io.ispflow.lead.importexport;

import io.ispflow.platform.security.Caller;
import io.ispflow.platform.security.Role;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An import as stored: its file's identity, who uploaded it (their zones and roles apply to every row,
 * even when processed later in the background), its status and its counts.
 */
record LeadImport(
        UUID id,
        String fileName,
        String sha256,
        String importer,
        String importerName,
        String importerRoles,
        String importerZones,
        ImportStatus status,
        List<String> ignoredColumns,
        Integer totalRows,
        int processedRows,
        int createdRows,
        int updatedRows,
        int unchangedRows,
        int duplicateRows,
        int errorRows,
        String failureReason,
        OffsetDateTime uploadedAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {

    /** The uploader, as the background processing acts on their behalf. */
    Caller importerAsCaller() {
        Set<Role> roles = split(importerRoles).stream().map(Role::valueOf).collect(Collectors.toSet());
        return new Caller(
                importer, importerName == null ? importer : importerName, roles, Set.copyOf(split(importerZones)));
    }

    /** Whether the caller may see this import: its uploader, or someone who sees every zone. */
    boolean visibleTo(Caller caller) {
        return importer.equals(caller.subject()) || caller.seesAllZones();
    }

    static String join(java.util.Collection<?> values) {
        return values.stream().map(Object::toString).sorted().collect(Collectors.joining(","));
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank()
                ? List.of()
                : Arrays.stream(joined.split(",")).filter(v -> !v.isBlank()).toList();
    }
}
