package vn.camau.reform.ingest;

import vn.camau.reform.dossier.BatchOutcome;

/**
 * What the intake API answers for a stored batch.
 *
 * @param batchId the batch's line in the import history
 */
public record IntakeReceipt(long batchId, int dossiers, int events, BatchOutcome outcome) {
}
