package io.ispflow.lead.importexport;

import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
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
@Tag(name = "Import and export")
class ImportController {

    private static final String WRITERS = "hasAnyRole('SALES', 'MANAGER', 'ADMIN')";

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping(value = "/api/leads/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(WRITERS)
    @Operation(
            summary = "Upload a CSV of leads (multipart field 'file'); processed in the background",
            description = "202 with the new import; 200 with the earlier one when the same importer uploads the same "
                    + "bytes again (nothing new is created). Columns: see GET /api/leads/imports/template. Each row "
                    + "updates the lead with the same document (else e-mail, else phone) among those the importer "
                    + "can see, or creates one; the per-row report is at /api/leads/imports/{id}/rows.")
    ResponseEntity<ImportView> upload(@RequestPart("file") MultipartFile file, Caller caller) throws IOException {
        ImportService.Upload upload = imports.upload(file.getOriginalFilename(), file.getBytes(), caller);
        return ResponseEntity.status(upload.created() ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .location(URI.create("/api/leads/imports/" + upload.leadImport().id()))
                .body(ImportView.of(upload.leadImport()));
    }

    @GetMapping("/api/leads/imports")
    @Operation(summary = "The caller's imports (everyone's for a caller with no zones), newest first")
    PageResponse<ImportView> list(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
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
    @Operation(summary = "An import's status and counts (its uploader, or a caller with no zones)")
    ImportView get(@PathVariable UUID id, Caller caller) {
        return ImportView.of(imports.get(id, caller));
    }

    @GetMapping("/api/leads/imports/{id}/rows")
    @Operation(
            summary = "The per-row report: CREATED, UPDATED, UNCHANGED, DUPLICATE or ERROR with the reason",
            description = "Row 1 is the first row after the header. Filter with outcome=ERROR.")
    PageResponse<ImportStore.ReportRow> rows(
            @PathVariable UUID id,
            @RequestParam(required = false) String outcome,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size,
            Caller caller) {
        return imports.rows(id, outcomeOf(outcome), caller, page, size);
    }

    @GetMapping("/api/leads/imports/template")
    @Operation(summary = "The CSV template: the header row and one example row")
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
