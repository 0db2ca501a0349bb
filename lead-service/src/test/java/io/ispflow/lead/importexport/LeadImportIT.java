package io.ispflow.lead.importexport;

import static io.ispflow.lead.LeadFixtures.aLead;
import static io.ispflow.lead.TestUser.ANA;
import static io.ispflow.lead.TestUser.LUIS;
import static io.ispflow.lead.TestUser.MARTA;
import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.lead.LeadFixtures;
import io.ispflow.lead.LeadTestSupport;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A salesperson uploads a CSV of leads; it is applied in the background and reported row by row. */
class LeadImportIT extends LeadTestSupport {

    private static final String HEADER = "name,documentNumber,email,origin,zone,campaign";

    @Autowired
    ImportWorker worker;

    @Test
    void shouldServeTheTemplate() {
        var response = as(ANA).get("/api/leads/imports/template");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).contains("attachment", "leads-template.csv");
        assertThat(response.body().lines().findFirst().orElseThrow())
                .isEqualTo("\uFEFFname,personType,documentType,documentNumber,email,phone,mobile,origin,zone,notes,"
                        + "channel,campaign,businessName,taxCondition,invoiceType,taxId");
    }

    @Test
    void shouldReportTheOutcomeOfEveryRow() {
        String tag = LeadFixtures.uniqueTag();
        String known = LeadFixtures.uniqueDni();
        String sur = LeadFixtures.uniqueDni();
        String fresh = LeadFixtures.uniqueDni();
        String existing = id(createLead(ANA, aLead().withDocument(known).inCampaign(tag)));
        createLead(LUIS, aLead().withDocument(sur).inZone("SUR"));

        var upload = upload(
                ANA,
                "leads.csv",
                csv(
                        HEADER + ",notes",
                        "Nueva Persona," + fresh + ",nueva@example.com,web,norte," + tag
                                + ",\"dice: \"\"llamar\"\", hoy\"",
                        "," + known + ",actualizada." + tag + "@example.com,,," + tag + ",",
                        "Otra Vez," + fresh + ",,WEB,NORTE," + tag + ",",
                        ",,,,,,",
                        "De Otra Zona," + sur + ",,WEB,NORTE," + tag + ",",
                        "Origen Raro,,,NOPE,NORTE," + tag + ",",
                        "Zona Ajena,,,WEB,SUR," + tag + ",",
                        ",,sin.nombre." + tag + "@example.com,WEB,NORTE," + tag + ",",
                        "Mail Malo,,no-es-un-mail,WEB,NORTE," + tag + ","));

        assertThat(upload.status()).as("%s", upload).isEqualTo(202);
        assertThat(upload.header("Location"))
                .isEqualTo("/api/leads/imports/" + upload.json().get("id").asString());
        String importId = upload.json().get("id").asString();
        assertThat(upload.json().get("totalRows").asInt()).isEqualTo(8);
        JsonNode done = awaitImportFinished(ANA, importId);
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("processedRows").asInt()).isEqualTo(9);
        assertThat(done.get("createdRows").asInt()).isEqualTo(1);
        assertThat(done.get("updatedRows").asInt()).isEqualTo(1);
        assertThat(done.get("duplicateRows").asInt()).isEqualTo(2);
        assertThat(done.get("errorRows").asInt()).isEqualTo(4);

        Map<Integer, JsonNode> rows = new HashMap<>();
        importRows(ANA, importId)
                .get("items")
                .forEach(row -> rows.put(row.get("row").asInt(), row));
        assertThat(rows).doesNotContainKey(4); // the blank row
        assertThat(rows.get(1).get("outcome").asString()).isEqualTo("CREATED");
        assertThat(rows.get(2).get("outcome").asString()).isEqualTo("UPDATED");
        assertThat(rows.get(2).get("leadId").asString()).isEqualTo(existing);
        assertThat(rows.get(3).get("outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(rows.get(3).get("message").asString()).isEqualTo("same document as row 1");
        assertThat(rows.get(5).get("outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(rows.get(5).get("message").asString()).isEqualTo("a lead with this document exists in zone SUR");
        assertThat(rows.get(5).get("leadId").isNull()).isTrue();
        assertThat(rows.get(6).get("message").asString()).contains("origin").contains("NOPE");
        assertThat(rows.get(7).get("message").asString()).contains("zone SUR");
        assertThat(rows.get(8).get("message").asString()).isEqualTo("name: must not be blank");
        assertThat(rows.get(9).get("message").asString()).startsWith("email:");
        assertThat(as(ANA).get("/api/leads/imports/" + importId + "/rows?outcome=ERROR")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(4);

        JsonNode created = as(ANA).get("/api/leads/" + rows.get(1).get("leadId").asString())
                .json();
        assertThat(created.get("importId").asString()).isEqualTo(importId);
        assertThat(created.get("importedAt").isNull()).isFalse();
        assertThat(created.get("origin").asString()).isEqualTo("WEB");
        assertThat(created.get("notes").asString()).isEqualTo("dice: \"llamar\", hoy");
        JsonNode updated = as(ANA).get("/api/leads/" + existing).json();
        assertThat(updated.get("email").asString()).isEqualTo("actualizada." + tag + "@example.com");
        assertThat(updated.get("name").asString())
                .as("an empty cell keeps the value")
                .isNotBlank();
        assertThat(updated.get("importId").isNull())
                .as("only leads an import created count as imported")
                .isTrue();
        JsonNode change = history(ANA, existing).get(0);
        assertThat(change.get("action").asString()).isEqualTo("UPDATED");
        assertThat(change.get("reference").asString()).isEqualTo("import:" + importId);
        JsonNode event = awaitEvent("lead.created.v1", id(created));
        assertThat(event.get("lead").get("importId").asString()).isEqualTo(importId);
    }

    @Test
    void shouldCreateNothingNewWhenTheSameFileIsUploadedAgain() {
        String tag = LeadFixtures.uniqueTag();
        byte[] file = csv(
                HEADER,
                "Uno " + tag + ",,uno." + tag + "@example.com,WEB,NORTE," + tag,
                "Dos " + tag + ",,dos." + tag + "@example.com,WEB,NORTE," + tag);

        var first = upload(ANA, "a.csv", file);
        awaitImportFinished(ANA, first.json().get("id").asString());
        var again = upload(ANA, "a-copia.csv", file);
        var byAnother = upload(MARTA, "a.csv", file);

        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());
        assertThat(again.json().get("status").asString()).isEqualTo("DONE");
        assertThat(again.json().get("createdRows").asInt()).isEqualTo(2);
        // another importer's upload is another import, but it finds the same leads by their e-mail
        assertThat(byAnother.status()).isEqualTo(202);
        JsonNode upserted =
                awaitImportFinished(MARTA, byAnother.json().get("id").asString());
        assertThat(upserted.get("unchangedRows").asInt()).isEqualTo(2);
        assertThat(grid(ANA, "campaign=" + tag).get("total").asLong()).isEqualTo(2);
    }

    @Test
    void shouldRefuseAFileItCannotRead() {
        var noName = upload(ANA, "x.csv", csv("email,zone", "a@example.com,NORTE"));
        var empty = upload(ANA, "x.csv", new byte[0]);
        var unclosed = upload(ANA, "x.csv", csv("name,notes", "Ana,\"sin cerrar"));

        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(unclosed.status()).isEqualTo(400);
    }

    @Test
    void shouldRejectARowWithoutZoneFromAnImporterWithZones() {
        String tag = LeadFixtures.uniqueTag();
        byte[] file = csv(
                HEADER,
                "Sin Zona " + tag + ",,sin.zona." + tag + "@example.com,WEB,," + tag,
                "Con Zona " + tag + ",,con.zona." + tag + "@example.com,WEB,NORTE," + tag);

        var byAna = upload(ANA, "zonas.csv", file);

        assertThat(byAna.status()).as("%s", byAna).isEqualTo(202);
        JsonNode done = awaitImportFinished(ANA, byAna.json().get("id").asString());
        assertThat(done.get("createdRows").asInt()).as("%s", done).isEqualTo(1);
        assertThat(done.get("errorRows").asInt()).isEqualTo(1);
        JsonNode rejected =
                importRows(ANA, byAna.json().get("id").asString()).get("items").get(0);
        assertThat(rejected.get("row").asInt()).isEqualTo(1);
        assertThat(rejected.get("outcome").asString()).isEqualTo("ERROR");
        assertThat(rejected.get("message").asString())
                .startsWith("zone is required")
                .contains("NORTE");
        assertThat(rejected.get("leadId").isNull()).isTrue();
        // a caller without zones may still import leads every zone sees
        var byMarta = upload(MARTA, "zonas.csv", file);
        assertThat(byMarta.status()).as("%s", byMarta).isEqualTo(202);
        JsonNode byManager = awaitImportFinished(MARTA, byMarta.json().get("id").asString());
        assertThat(byManager.get("createdRows").asInt()).as("%s", byManager).isEqualTo(1);
        assertThat(byManager.get("unchangedRows").asInt()).isEqualTo(1);
        assertThat(grid(ANA, "campaign=" + tag)
                        .get("items")
                        .valueStream()
                        .map(lead -> lead.get("createdBy").asString() + " "
                                + lead.get("zone").asString(null)))
                .containsExactlyInAnyOrder("ana NORTE", "marta null");
    }

    @Test
    void shouldRefuseAHeaderWithTooManyColumnsBeforeStoringAnything() {
        StringBuilder header = new StringBuilder("name");
        for (int i = 1; i < 100_000; i++) {
            header.append(",c").append(i);
        }
        byte[] file = csv(header.toString(), "Ana");

        var response = upload(ANA, "ancho.csv", file);

        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("file");
        assertThat(error.get("message").asString()).contains("100000 columns", "at most 100");
        assertThat(count(
                        "SELECT count(*) FROM lead_import WHERE sha256 = :sha",
                        Map.of("sha", ImportService.sha256(file))))
                .isZero();
    }

    @Test
    void shouldReadASemicolonSeparatedFileFromASpanishSpreadsheet() {
        String tag = LeadFixtures.uniqueTag();
        byte[] windows1252 = ("Nombre;Zona;Campaign;Email;Columna Propia\r\nJosé Ñandú;NORTE;" + tag
                        + ";jose@example.com;x\r\n")
                .replace("Nombre", "name")
                .replace("Zona", "zone")
                .getBytes(Charset.forName("windows-1252"));

        var upload = upload(ANA, "excel.csv", windows1252);

        assertThat(upload.status()).isEqualTo(202);
        assertThat(upload.json().get("ignoredColumns").get(0).asString()).isEqualTo("Columna Propia");
        awaitImportFinished(ANA, upload.json().get("id").asString());
        assertThat(grid(ANA, "campaign=" + tag).get("items").get(0).get("name").asString())
                .isEqualTo("José Ñandú");
    }

    @Test
    void shouldResumeAnImportInterruptedByARestartAfterItsLastBatch() {
        String tag = LeadFixtures.uniqueTag();
        byte[] file = csv(
                "name,zone,campaign",
                "Ya Procesada " + tag + ",NORTE," + tag,
                "Segunda " + tag + ",NORTE," + tag,
                "Tercera " + tag + ",NORTE," + tag);
        // what a crash leaves: RUNNING, row 1 applied and recorded, the worker silent for an hour
        UUID importId = UUID.randomUUID();
        jdbc.sql(
                        """
                        INSERT INTO lead_import (id, file_name, sha256, importer, importer_name, importer_roles,
                               importer_zones, status, content, ignored_columns, total_rows, processed_rows,
                               created_rows, uploaded_at, started_at, heartbeat_at)
                        VALUES (:id, 'crash.csv', :sha, 'ana', 'ana', 'SALES', 'NORTE', 'RUNNING', :content, '', 3, 1,
                                1, now() - interval '1 hour', now() - interval '1 hour', now() - interval '1 hour')
                        """)
                .param("id", importId)
                .param("sha", ImportService.sha256(file))
                .param("content", file)
                .update();
        jdbc.sql("INSERT INTO lead_import_row (import_id, row_number, outcome) VALUES (:id, 1, 'CREATED')")
                .param("id", importId)
                .update();

        worker.wakeUp();

        JsonNode done = awaitImportFinished(ANA, importId.toString());
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("processedRows").asInt()).isEqualTo(3);
        assertThat(done.get("createdRows").asInt()).isEqualTo(3);
        assertThat(grid(ANA, "campaign=" + tag).get("items").valueStream().map(l -> l.get("name")
                        .asString()))
                .containsExactlyInAnyOrder("Segunda " + tag, "Tercera " + tag);
        assertThat(count("SELECT count(*) FROM lead_import WHERE id = :id AND content IS NULL", Map.of("id", importId)))
                .as("the file is dropped once processed")
                .isEqualTo(1);
    }

    @Test
    void shouldImportAnExportBackUnchanged() {
        String tag = LeadFixtures.uniqueTag();
        createLead(ANA, aLead().inCampaign(tag).withPhone("+54 11 4444-1111").with("notes", "=1+1"));
        createLead(ANA, aLead().inCampaign(tag).withBilling());
        byte[] exported =
                as(ANA).get("/api/leads/export?campaign=" + tag).body().getBytes(StandardCharsets.UTF_8);

        var upload = upload(ANA, "export.csv", exported);

        assertThat(upload.status()).as("%s", upload).isEqualTo(202);
        JsonNode done = awaitImportFinished(ANA, upload.json().get("id").asString());
        assertThat(done.get("unchangedRows").asInt()).as("%s", done).isEqualTo(2);
        assertThat(upload.json().get("ignoredColumns").valueStream().map(JsonNode::asString))
                .contains("id", "status", "stage", "createdAt");
    }
}
