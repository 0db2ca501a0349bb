package io.ispflow.lead.importexport;

import io.ispflow.lead.LeadProperties;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes uploaded imports in the background: a fixed number of worker threads (the bounded
 * executor; waiting imports queue in the database, not in memory), each claiming one import at a time
 * and applying its rows in batches, each batch in its own transaction together with its report rows and
 * the import's progress. So a crash or restart loses at most the batch in flight: once its worker has
 * not reported for {@code abandoned-after}, any worker of any replica resumes the import from the first
 * row without an outcome (see ADR 0009). A batch that fails unexpectedly is retried row by row, so one
 * bad row becomes an ERROR instead of stopping the import.
 */
@Component
class ImportWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

    private final ImportStore store;
    private final ImportRowProcessor processor;
    private final TransactionTemplate transactions;
    private final LeadProperties.Imports settings;
    private final Object signal = new Object();
    private volatile boolean running;
    private volatile boolean wakeUpRequested;
    private ExecutorService workers;

    ImportWorker(
            ImportStore store,
            ImportRowProcessor processor,
            PlatformTransactionManager transactionManager,
            LeadProperties properties) {
        this.store = store;
        this.processor = processor;
        this.transactions = new TransactionTemplate(transactionManager);
        this.settings = properties.imports();
    }

    /** Asks the workers to look for waiting imports now (called after an upload commits). */
    void wakeUp() {
        synchronized (signal) {
            wakeUpRequested = true;
            signal.notifyAll();
        }
    }

    private void loop() {
        while (running) {
            Optional<UUID> claimed;
            try {
                claimed = transactions.execute(status -> store.claimNext(settings.abandonedAfter()));
            } catch (RuntimeException failure) {
                log.warn("Could not look for imports, retrying: {}", failure.toString());
                claimed = Optional.empty();
            }
            if (claimed != null && claimed.isPresent()) {
                run(claimed.get());
                continue;
            }
            await();
        }
    }

    private void run(UUID importId) {
        try {
            process(importId);
        } catch (ImportNotRunning takenOver) {
            log.info("Import {} is being processed elsewhere", importId);
        } catch (RuntimeException failure) {
            log.error("Import {} failed", importId, failure);
            transactions.executeWithoutResult(
                    status -> store.fail(importId, "The file could not be processed: " + failure.getMessage()));
        }
    }

    /** Applies the rows after the last recorded one, a batch per transaction, then marks the import DONE. */
    void process(UUID importId) {
        LeadImport leadImport = store.find(importId).orElseThrow();
        byte[] content = store.content(importId);
        if (content == null) {
            throw new IllegalStateException("the uploaded file is no longer stored");
        }
        ImportFile file = ImportFile.parse(content);
        ImportRowProcessor.Context context = new ImportRowProcessor.Context(importId, leadImport.importerAsCaller());
        ImportFile.Rows rows = file.rows();
        int position = 0; // data records read so far
        while (running) {
            Optional<Integer> done = transactions.execute(status -> store.lockRunning(importId));
            if (done == null || done.isEmpty()) {
                return; // finished or failed elsewhere
            }
            if (done.get() < position) { // another run rolled back: read again from the start
                rows = file.rows();
                position = 0;
            }
            while (position < done.get()) { // resume: skip what an earlier run already applied
                if (rows.next() == null) {
                    break;
                }
                position++;
            }
            List<ImportFile.Row> batch = new ArrayList<>(settings.batchSize());
            for (ImportFile.Row row = null; batch.size() < settings.batchSize() && (row = rows.next()) != null; ) {
                batch.add(row);
            }
            if (batch.isEmpty()) {
                transactions.executeWithoutResult(status -> store.finish(importId));
                log.info("Import {} done", importId);
                return;
            }
            int from = position;
            try {
                transactions.executeWithoutResult(status -> applyBatch(context, from, batch));
            } catch (ImportNotRunning takenOver) {
                throw takenOver;
            } catch (RuntimeException unexpected) {
                log.warn("A batch of import {} failed ({}); retrying it row by row", importId, unexpected.toString());
                applyRowByRow(context, from, batch);
            }
            position += batch.size();
        }
    }

    /** In one transaction: lock the import, apply the rows, record their outcomes and the progress. */
    private void applyBatch(ImportRowProcessor.Context context, int from, List<ImportFile.Row> batch) {
        Integer done = store.lockRunning(context.importId()).orElseThrow(ImportNotRunning::new);
        if (done != from) {
            throw new ImportNotRunning(); // another worker took over meanwhile
        }
        Map<RowOutcome, Integer> counts = new EnumMap<>(RowOutcome.class);
        for (ImportFile.Row row : batch) {
            if (row.isBlank()) {
                continue;
            }
            ImportStore.ReportRow outcome = processor.process(row, context);
            store.addRow(context.importId(), outcome);
            counts.merge(outcome.outcome(), 1, Integer::sum);
        }
        store.advance(context.importId(), from + batch.size(), counts);
    }

    /** Each row in its own transaction; a row that still fails unexpectedly is recorded as an ERROR. */
    private void applyRowByRow(ImportRowProcessor.Context context, int from, List<ImportFile.Row> batch) {
        AtomicInteger position = new AtomicInteger(from);
        for (ImportFile.Row row : batch) {
            int at = position.getAndIncrement();
            try {
                transactions.executeWithoutResult(status -> applyBatch(context, at, List.of(row)));
            } catch (ImportNotRunning gone) {
                throw gone;
            } catch (RuntimeException unexpected) {
                log.warn("Row {} of import {} failed", row.number(), context.importId(), unexpected);
                transactions.executeWithoutResult(status -> {
                    store.lockRunning(context.importId()).orElseThrow(ImportNotRunning::new);
                    store.addRow(
                            context.importId(),
                            new ImportStore.ReportRow(
                                    row.number(),
                                    RowOutcome.ERROR,
                                    null,
                                    null,
                                    "unexpected error; try this row again"));
                    store.advance(context.importId(), at + 1, Map.of(RowOutcome.ERROR, 1));
                });
            }
        }
    }

    private void await() {
        synchronized (signal) {
            if (wakeUpRequested) {
                wakeUpRequested = false;
                return;
            }
            try {
                signal.wait(settings.pollInterval().toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                running = false;
            }
            wakeUpRequested = false;
        }
    }

    @Override
    public void start() {
        running = true;
        AtomicInteger number = new AtomicInteger();
        workers = Executors.newFixedThreadPool(settings.workers(), task -> {
            Thread thread = new Thread(task, "lead-import-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < settings.workers(); i++) {
            workers.submit(this::loop);
        }
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        workers.shutdown();
        try {
            // a batch in flight either commits or is rolled back and redone by the next run
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The import is no longer ours to process (finished, failed, or taken over). */
    private static final class ImportNotRunning extends RuntimeException {
        ImportNotRunning() {
            super("the import is no longer running here");
        }
    }
}
