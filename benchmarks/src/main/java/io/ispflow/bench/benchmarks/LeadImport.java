package io.ispflow.bench.benchmarks;

import io.ispflow.bench.Run;
import io.ispflow.bench.load.Wait;
import io.ispflow.bench.report.Table;
import io.ispflow.bench.stack.Http;
import io.ispflow.bench.stack.Tokens;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10.5: a CSV of new leads (unique document and e-mail per row, the template's columns) uploaded to
 * {@code POST /api/leads/imports} through the gateway by a NORTE salesperson. The import runs in the
 * background: rows/s from the upload to DONE as the user sees it (polling the import every 250 ms), and
 * server-side from startedAt to finishedAt.
 */
public final class LeadImport implements Benchmark {

    private static final String HEADER =
            "name,personType,documentType,documentNumber,email,phone,mobile,origin,zone,notes,channel,campaign";

    @Override
    public String name() {
        return "import";
    }

    @Override
    public void run(Run run) throws Exception {
        int rows = run.sizes().importRows();
        run.report().heading(String.format("Lead import: %,d rows", rows));
        byte[] csv = csv(run.id(), rows);
        String token = run.token(Tokens.User.sales("bench-" + run.id() + "-importer", "NORTE"));
        String boundary = "bench-" + UUID.randomUUID();
        HttpRequest upload = HttpRequest.newBuilder(URI.create(run.gateway("/api/leads/imports")))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, "bench-import.csv", csv)))
                .build();
        long start = System.nanoTime();
        Http.Response uploaded = run.http().send(upload);
        double uploadSeconds = (System.nanoTime() - start) / 1e9;
        if (uploaded.status() != 202) {
            throw new IllegalStateException("upload answered " + uploaded);
        }
        String id = uploaded.json().get("id").asString();
        Duration bound = Duration.ofSeconds(Math.max(300, rows / 20));
        JsonNode done = Wait.until("import " + id + " DONE", bound, Duration.ofMillis(250), () -> {
            Http.Response response = run.http().get(run.gateway("/api/leads/imports/" + id), token);
            String status =
                    response.status() == 200 ? response.json().path("status").asString("") : "";
            if (status.equals("FAILED")) {
                throw new IllegalStateException("import failed: " + response);
            }
            return status.equals("DONE") ? response.json() : null;
        });
        double seen = (System.nanoTime() - start) / 1e9;
        Instant startedAt =
                OffsetDateTime.parse(done.get("startedAt").asString()).toInstant();
        Instant finishedAt =
                OffsetDateTime.parse(done.get("finishedAt").asString()).toInstant();
        double serverSeconds = Duration.between(startedAt, finishedAt).toNanos() / 1e9;
        Table table = new Table("import of new leads", "rows>", "created>", "errors>", "seconds>", "rows/s>");
        table.row(
                "upload answered (" + csv.length / 1024 + " KB through the gateway)",
                rows,
                null,
                null,
                uploadSeconds,
                null);
        table.row(
                "upload -> DONE, as the user sees it",
                rows,
                done.path("createdRows").asLong(),
                done.path("errorRows").asLong(),
                seen,
                rows / seen);
        table.row("server side: startedAt -> finishedAt", rows, null, null, serverSeconds, rows / serverSeconds);
        run.report().table(table);
    }

    static byte[] csv(String runId, int rows) {
        StringBuilder csv = new StringBuilder(rows * 150);
        csv.append(HEADER).append('\n');
        for (int i = 0; i < rows; i++) {
            String unique = "BM-" + runId + "-" + i;
            csv.append("Bench Import ")
                    .append(unique)
                    .append(",INDIVIDUAL,OTHER,")
                    .append(unique)
                    .append(',')
                    .append(unique.toLowerCase(java.util.Locale.ROOT))
                    .append("@bench.example.com,,,WEB,NORTE,importado por el benchmark,Planilla,Bench\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] multipart(String boundary, String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
