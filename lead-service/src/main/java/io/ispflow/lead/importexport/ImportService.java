package io.ispflow.lead.importexport;

import io.ispflow.lead.LeadProperties;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.problem.NotFoundException;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.web.PageResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Uploads and reports of CSV imports. An upload is checked at once (header, CSV syntax, size) and
 * stored; its rows are applied in the background by {@link ImportWorker}. The same bytes uploaded again
 * by the same importer return the first import and create nothing.
 */
@Service
class ImportService {

    /** The import, and whether this upload created it (false: the same file was uploaded before). */
    record Upload(LeadImport leadImport, boolean created) {}

    private final ImportStore store;
    private final ImportWorker worker;
    private final LeadProperties properties;

    ImportService(ImportStore store, ImportWorker worker, LeadProperties properties) {
        this.store = store;
        this.worker = worker;
        this.properties = properties;
    }

    @Transactional
    public Upload upload(String fileName, byte[] content, Caller caller) {
        if (content.length == 0) {
            throw BadRequestException.invalidField("file", "the file is empty");
        }
        String sha256 = sha256(content);
        var earlier = store.findBySha(caller.subject(), sha256);
        if (earlier.isPresent()) {
            if (earlier.get().status() == ImportStatus.FAILED) {
                store.retry(earlier.get().id(), content);
                wakeWorkerAfterCommit();
            }
            return new Upload(store.find(earlier.get().id()).orElseThrow(), false);
        }
        ImportFile file = ImportFile.parse(content);
        int rows = file.countRows();
        if (rows > properties.imports().maxRows()) {
            throw BadRequestException.invalidField(
                    "file",
                    "the file has " + rows + " rows; split it in files of at most "
                            + properties.imports().maxRows());
        }
        UUID id = store.create(fileName, sha256, content, file.ignoredColumns(), rows, caller)
                .orElse(null);
        if (id == null) { // the same file, uploaded at the same moment by the same importer
            return new Upload(store.findBySha(caller.subject(), sha256).orElseThrow(), false);
        }
        wakeWorkerAfterCommit();
        return new Upload(store.find(id).orElseThrow(), true);
    }

    @Transactional(readOnly = true)
    public LeadImport get(UUID id, Caller caller) {
        return store.find(id)
                .filter(found -> found.visibleTo(caller))
                .orElseThrow(() -> new NotFoundException("Import", id));
    }

    @Transactional(readOnly = true)
    public PageResponse<LeadImport> list(Caller caller, int page, int size) {
        long total = store.count(caller);
        List<LeadImport> items = store.list(caller, page, size);
        return new PageResponse<>(items, page, size, total, (int) ((total + size - 1) / size));
    }

    @Transactional(readOnly = true)
    public PageResponse<ImportStore.ReportRow> rows(UUID id, RowOutcome outcome, Caller caller, int page, int size) {
        get(id, caller);
        long total = store.countRows(id, outcome, caller);
        List<ImportStore.ReportRow> items = store.rows(id, outcome, caller, page, size);
        return new PageResponse<>(items, page, size, total, (int) ((total + size - 1) / size));
    }

    private void wakeWorkerAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                worker.wakeUp();
            }
        });
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
