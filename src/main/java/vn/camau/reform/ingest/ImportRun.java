package vn.camau.reform.ingest;

import java.time.LocalDateTime;

/** One API batch or imported file, as the history shows it. */
public record ImportRun(long id, ImportSource source, ImportKind kind, String fileName, String username,
                        LocalDateTime startedAt, LocalDateTime finishedAt, int rows, int created, int updated,
                        int unchanged, int errors, ImportResult result, String message) {
}
