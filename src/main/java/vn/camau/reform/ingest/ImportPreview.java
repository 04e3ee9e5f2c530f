package vn.camau.reform.ingest;

import java.util.List;

/**
 * What importing a file would do, found by reading it whole without writing anything: its data rows,
 * how many would be created, updated or stay as they are, and everything wrong with it. Only a file
 * without a problem or a row error may be imported.
 *
 * @param planned    for dossiers, "updated" counts the stored dossiers the file names, some of which
 *                   may turn out unchanged when written
 * @param errorCount every row error found; {@code rowErrors} keeps the first {@link IntakeErrors#KEPT}
 */
public record ImportPreview(ImportKind kind, String fileName, int rows, ImportCounts planned,
                            List<ImportProblem> problems, List<IntakeError> rowErrors, int errorCount) {

    public ImportPreview {
        problems = List.copyOf(problems);
        rowErrors = List.copyOf(rowErrors);
    }

    public boolean valid() {
        return problems.isEmpty() && errorCount == 0 && rows > 0;
    }
}
