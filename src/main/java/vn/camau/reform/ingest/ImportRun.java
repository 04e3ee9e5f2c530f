package vn.camau.reform.ingest;

import java.time.LocalDateTime;

/**
 * One API batch or imported file, as the history shows it.
 *
 * @param source API or FILE
 * @param kind   DOSSIERS, PROCEDURES or OFFICERS
 * @param result RUNNING, SUCCEEDED, REFUSED or FAILED
 */
public record ImportRun(long id, String source, String kind, String fileName, String username,
                        LocalDateTime startedAt, LocalDateTime finishedAt, int rows, int created, int updated,
                        int unchanged, int errors, String result, String message) {

    public static final String API = "API";
    public static final String FILE = "FILE";
    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String REFUSED = "REFUSED";
    public static final String FAILED = "FAILED";
    public static final String RUNNING = "RUNNING";
}
