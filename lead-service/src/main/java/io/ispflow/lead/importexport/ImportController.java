package io.ispflow.lead.importexport;

import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(
        name = "Lead import and export",
        description = "CSV files of leads: the template, uploads applied in the background with a per-row report, "
                + "and the grid's export")
class ImportController {

    private static final String WRITERS = "hasAnyRole('SALES', 'MANAGER', 'ADMIN')";

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping(value = "/api/leads/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(WRITERS)
    @Operation(
            operationId = "startLeadImport",
            summary = "Upload a CSV of leads (multipart field 'file'); processed in the background",
            description = "Roles SALES, MANAGER, ADMIN. 202 with the new import; 200 with the earlier one when the "
                    + "same importer uploads the same bytes again (nothing new is created). Columns: see GET "
                    + "/api/leads/imports/template (any order and case; name required; at most "
                    + ImportFile.MAX_COLUMNS + " columns; unknown ones are ignored and reported). At most "
                    + "ispflow.lead.imports.max-rows rows (100,000 by default). The file is checked at once (400: "
                    + "empty, not CSV, no name column, too many columns or rows). Each row is applied as the "
                    + "importer, with the API's rules: it updates the lead with the same document (else e-mail, "
                    + "else phone) among those the importer can see, or creates one; an importer with zones must "
                    + "give each new lead one of them (a row without a zone is an ERROR row). The per-row report is "
                    + "at /api/leads/imports/{id}/rows.")
    @ApiResponse(
            responseCode = "202",
            description = "The import was stored and will be processed in the background; Location is its address")
    @ApiResponse(
            responseCode = "200",
            description = "The same importer uploaded these bytes before: that import, nothing new created")
    ResponseEntity<ImportView> upload(
            @Parameter(description = "the CSV file: UTF-8 (with or without BOM) or Windows-1252, comma or semicolon")
                    @RequestPart("file")
                    MultipartFile file,
            Caller caller)
            throws IOException {
        ImportService.Upload upload = imports.upload(file.getOriginalFilename(), file.getBytes(), caller);
        return ResponseEntity.status(upload.created() ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .location(URI.create("/api/leads/imports/" + upload.leadImport().id()))
                .body(ImportView.of(upload.leadImport()));
    }

    @GetMapping("/api/leads/imports")
    @Operation(
            operationId = "listLeadImports",
            summary = "The caller's imports (everyone's for a caller with no zones), newest first",
            description = "Any authenticated role.")
    PageResponse<ImportView> list(
            @Parameter(description = "the page, from 0", example = "0") @RequestParam(defaultValue = "0") @Min(0)
                    int page,
            @Parameter(description = "imports per page (1 to 200)", example = "20")
                    @RequestParam(defaultValue = "20")
                    @Min(1)
                    @Max(200)
                    int size,
            Caller caller) {
        PageResponse<LeadImport> found = imports.list(caller, page, size);
        return new PageResponse<>(
                found.items().stream().map(ImportView::of).toList(),
                found.page(),
                found.size(),
                found.total(),
                found.totalPages());
    }

    @GetMapping("/api/leads/imports/{id}")
    @Operation(
            operationId = "getLeadImport",
            summary = "An import's status and counts (its uploader, or a caller with no zones)",
            description = "Any authenticated role; 404 for someone else's import unless the caller has no zones. "
                    + "Poll it until the status is DONE or FAILED.")
    ImportView get(@PathVariable UUID id, Caller caller) {
        return ImportView.of(imports.get(id, caller));
    }

    @GetMapping("/api/leads/imports/{id}/rows")
    @Operation(
            operationId = "listLeadImportRows",
            summary = "The per-row report: CREATED, UPDATED, UNCHANGED, DUPLICATE or ERROR with the reason",
            description = "Any authenticated role that can see the import (404 otherwise); rows of leads outside "
                    + "the caller's zones are left out. Row 1 is the first row after the header. Filter with "
                    + "outcome=ERROR.")
    PageResponse<ImportStore.ReportRow> rows(
            @PathVariable UUID id,
            @Parameter(
                            description = "only rows with this outcome",
                            example = "ERROR",
                            schema = @Schema(implementation = RowOutcome.class))
                    @RequestParam(required = false)
                    String outcome,
            @Parameter(description = "the page, from 0", example = "0") @RequestParam(defaultValue = "0") @Min(0)
                    int page,
            @Parameter(description = "rows per page (1 to 1000)", example = "100")
                    @RequestParam(defaultValue = "100")
                    @Min(1)
                    @Max(1000)
                    int size,
            Caller caller) {
        return imports.rows(id, outcomeOf(outcome), caller, page, size);
    }

    @GetMapping(value = "/api/leads/imports/template", produces = "text/csv")
    @Operation(
            operationId = "getLeadImportTemplate",
            summary = "The CSV template: the header row and one example row",
            description = "Any authenticated role. The attachment leads-template.csv, UTF-8 with a BOM.")
    @ApiResponse(
            responseCode = "200",
            description = "The template file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<byte[]> template() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            CsvWriter csv = new CsvWriter(writer);
            csv.row(LeadCsv.TEMPLATE);
            csv.row(LeadCsv.EXAMPLE);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("leads-template.csv")
                                .build()
                                .toString())
                .body(bytes.toByteArray());
    }

    private static RowOutcome outcomeOf(String outcome) {
        if (outcome == null || outcome.isBlank()) {
            return null;
        }
        try {
            return RowOutcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw BadRequestException.invalidField("outcome", "must be one of " + List.of(RowOutcome.values()));
        }
    }
}
