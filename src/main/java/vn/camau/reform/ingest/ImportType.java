package vn.camau.reform.ingest;

import java.util.List;
import java.util.Optional;

import vn.camau.reform.security.UnitScope;

/**
 * One kind of file import, plugged into {@link ImportService}: its columns (headers and template),
 * and per file a {@link Batch} that reads the rows a chunk at a time and writes what it read. The
 * service does the rest for every kind alike: the file, the headers, the two passes, the
 * transaction, the progress and the history.
 */
interface ImportType<T> {

    ImportKind kind();

    List<ImportColumn> columns();

    /** A reason this administrator may not import this kind at all, checked before reading. */
    default Optional<ImportProblem> refusal(UnitScope scope) {
        return Optional.empty();
    }

    /** The state of reading one file; not thread-safe, one per pass. */
    Batch<T> start(UnitScope scope, IntakeErrors errors);

    /** After a successful import of {@code rows} rows, committed: what the kind must do then. */
    default void imported(int rows) {
    }

    interface Batch<T> {

        /** The valid items of a chunk; the invalid rows have added their errors. */
        List<T> read(List<TextRecord> chunk);

        /** Checks that need the whole file (a row naming a later row), after the last chunk. */
        default void endOfFile() {
        }

        /** What writing the items read so far would do. */
        ImportCounts planned();

        /** Writes a chunk's items, in the caller's transaction. */
        ImportCounts write(List<T> items);

        /** Writes what needed the whole file (links between rows), after the last chunk. */
        default void finish() {
        }
    }
}
