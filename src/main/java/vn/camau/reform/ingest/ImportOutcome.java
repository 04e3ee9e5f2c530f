package vn.camau.reform.ingest;

/**
 * What an import did. {@code result} is SUCCEEDED, REFUSED (the file was no longer valid when
 * imported: nothing written) or FAILED (an error of ours: nothing written); {@code preview} says why
 * a refused file was refused.
 */
public record ImportOutcome(long runId, ImportResult result, int rows, ImportCounts counts, ImportPreview preview) {
}
