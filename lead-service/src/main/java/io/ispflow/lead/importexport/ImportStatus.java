package io.ispflow.lead.importexport;

/**
 * An import's life: PENDING (stored, waiting for a worker), RUNNING (rows being processed in batches),
 * DONE (every row has its outcome; the file is dropped) or FAILED (the file could not be processed;
 * uploading it again resumes it).
 */
enum ImportStatus {
    PENDING,
    RUNNING,
    DONE,
    FAILED
}
