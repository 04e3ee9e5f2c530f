package vn.camau.reform.ingest;

import java.time.LocalDateTime;

/** One line of the import history: a file an administrator imported, or a batch a system sent. */
public record ImportHistoryEntry(long id, String source, ImportKind kind, String fileName, String username,
                                 LocalDateTime startedAt, LocalDateTime finishedAt, int rows, int created,
                                 int updated, int unchanged, int errors, ImportResult result, String message) {
}
