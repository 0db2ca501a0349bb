package io.ispflow.lead.importexport;

import io.ispflow.lead.LeadProperties;
import io.ispflow.lead.lead.LeadFilter;
import io.ispflow.lead.lead.LeadQuery;
import io.ispflow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Lead import and export",
        description = "CSV files of leads: the template, uploads applied in the background with a per-row report, "
                + "and the grid's export")
class ExportController {

    private static final Logger log = LoggerFactory.getLogger(ExportController.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final LeadExporter exporter;
    private final Clock clock;
    private final LeadProperties properties;

    ExportController(LeadExporter exporter, Clock clock, LeadProperties properties) {
        this.properties = properties;
        this.exporter = exporter;
        this.clock = clock;
    }

    /**
     * Written straight to the response (not asynchronously), so a long export is not cut by the async
     * request timeout; the filter is checked before the first byte, so a bad one is still a 400.
     */
    @GetMapping(value = "/api/leads/export", produces = "text/csv")
    @Operation(
            operationId = "exportLeads",
            summary = "The grid's leads as CSV (same filters as GET /api/leads), streamed, in the caller's zones",
            description = "Any authenticated role; only leads in the caller's zones and leads without a zone. UTF-8 "
                    + "with a byte order mark, RFC 4180, a header row, as an attachment (leads-<timestamp>.csv); "
                    + "cells that a spreadsheet would run as a formula start with an apostrophe. The columns include "
                    + "the import template's, so an export can be imported back. A filter that cannot be applied is "
                    + "a 400 before anything is written.")
    @ApiResponse(
            responseCode = "200",
            description = "The leads, one per row after the header",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    void export(@ParameterObject @ModelAttribute LeadFilter filter, Caller caller, HttpServletResponse response)
            throws IOException {
        LeadQuery query = LeadQuery.of(filter, caller, properties.staleCutoff(clock));
        String fileName =
                "leads-" + LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).format(STAMP) + ".csv";
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        long rows = exporter.write(query, response.getOutputStream());
        log.info("Exported {} leads for {}", rows, caller.subject());
    }
}
