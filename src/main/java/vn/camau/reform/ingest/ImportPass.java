package vn.camau.reform.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.camau.reform.security.UnitScope;

/**
 * One reading of a file from top to bottom: the header mapped, the rows handed to the kind's batch
 * a chunk at a time, and, when writing, each valid chunk written at once. A writing pass stops at
 * the first error, since nothing of the file will be kept; the caller rolls back.
 */
final class ImportPass<T> {

    /** Thrown to stop a writing pass at its first invalid row. */
    static final class Invalid extends RuntimeException {
        Invalid() {
            super("the file has errors", null, false, false);
        }
    }

    private final ImportType<T> type;
    private final UnitScope scope;
    private final int chunkSize;
    private final boolean writing;
    private final ImportProgress progress;
    private final ImportProgress.Phase phase;

    private final IntakeErrors errors = new IntakeErrors();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<TextRecord> chunk = new ArrayList<>();
    private ImportType.Batch<T> batch;
    private HeaderMapping mapping;
    private int rows;
    private ImportCounts written = ImportCounts.NONE;
    private double fraction;

    ImportPass(ImportType<T> type, UnitScope scope, int chunkSize, boolean writing, ImportProgress progress) {
        this.type = type;
        this.scope = scope;
        this.chunkSize = chunkSize;
        this.writing = writing;
        this.progress = progress;
        this.phase = writing ? ImportProgress.Phase.IMPORTING : ImportProgress.Phase.VALIDATING;
    }

    /** Reads the file; the problems, errors and counts are then available. */
    ImportPass<T> run(Path file, ImportFormat format) throws IOException {
        Optional<ImportProblem> refusal = type.refusal(scope);
        if (refusal.isPresent()) {
            problems.add(refusal.get());
            return this;
        }
        batch = type.start(scope, errors);
        try {
            SheetReader.of(format).read(file, new SheetReader.Handler() {
                @Override
                public void header(int rowNumber, List<String> cells) {
                    mapping = HeaderMapping.of(type.columns(), cells);
                    if (!mapping.problems().isEmpty()) {
                        problems.addAll(mapping.problems());
                        throw new SheetReader.Stop();
                    }
                }

                @Override
                public void row(int rowNumber, List<String> cells, double read) {
                    if (SheetReader.blank(cells)) {
                        return;
                    }
                    rows++;
                    fraction = read;
                    TextRecord record = new TextRecord(errors, rowNumber, mapping.cells(cells));
                    if (mapping.hasDataOutsideColumns(cells)) {
                        record.error("", "import.error.cellOutsideColumns");
                    }
                    chunk.add(record);
                    if (chunk.size() >= chunkSize) {
                        flush();
                    }
                }
            });
        } catch (ImportFileException e) {
            problems.add(e.problem());
            return this;
        }
        if (mapping == null) {
            problems.add(ImportProblem.of("import.file.empty"));
            return this;
        }
        if (!problems.isEmpty()) {
            return this;
        }
        flush();
        batch.endOfFile();
        if (rows == 0) {
            problems.add(ImportProblem.of("import.file.noRows"));
        }
        if (writing) {
            stopIfInvalid();
            batch.finish();
        }
        progress.update(phase, 1.0, rows);
        return this;
    }

    private void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        List<T> items = batch.read(List.copyOf(chunk));
        chunk.clear();
        if (writing) {
            stopIfInvalid();
            written = written.plus(batch.write(items));
        }
        progress.update(phase, fraction, rows);
    }

    private void stopIfInvalid() {
        if (!errors.isEmpty()) {
            throw new Invalid();
        }
    }

    ImportPreview preview(String fileName) {
        return new ImportPreview(type.kind(), fileName, rows, batch == null ? ImportCounts.NONE : batch.planned(),
                problems, errors.kept(), errors.count());
    }

    boolean valid() {
        return problems.isEmpty() && errors.isEmpty() && rows > 0;
    }

    int rows() {
        return rows;
    }

    ImportCounts written() {
        return written;
    }
}
