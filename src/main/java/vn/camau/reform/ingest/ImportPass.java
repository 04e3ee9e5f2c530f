package vn.camau.reform.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

import vn.camau.reform.security.UnitScope;

/**
 * One reading of a file from top to bottom: the header mapped, the rows handed to the kind's batch
 * a chunk at a time and, when writing, each valid chunk written. A writing pass stops at the first
 * error, since nothing of the file will be kept; the caller rolls back.
 * <p>
 * When writing, reading and checking the next chunk (CPU, and lookups on a connection of their own)
 * overlaps with writing the current one (the transaction's connection): on two cores that is most of
 * the difference between a million rows in four minutes and in six. The lookups may run outside the
 * transaction because they only ask what existed before the file; rows of the file itself are known
 * to the batch from its own reading.
 */
final class ImportPass<T> {

    /** Thrown to stop a writing pass at its first invalid row. */
    static final class Invalid extends RuntimeException {
        Invalid() {
            super("the file has errors", null, false, false);
        }
    }

    private static final Object END = new Object();
    private static final int CHUNKS_AHEAD = 2;

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

    /** Reads (and when writing, writes) the file; the problems, errors and counts are then available. */
    ImportPass<T> run(Path file, ImportFormat format) throws IOException {
        Optional<ImportProblem> refusal = type.refusal(scope);
        if (refusal.isPresent()) {
            problems.add(refusal.get());
            return this;
        }
        batch = type.start(scope, errors);
        if (writing) {
            readAndWrite(file, format);
        } else {
            read(file, format, items -> {
            });
        }
        progress.update(phase, 1.0, rows);
        return this;
    }

    /** Reads the whole file, handing each chunk's valid items over; ends with the whole-file checks. */
    private void read(Path file, ImportFormat format, Consumer<List<T>> sink) throws IOException {
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
                        flush(sink);
                    }
                }
            });
        } catch (ImportFileException e) {
            problems.add(e.problem());
            return;
        }
        if (mapping == null) {
            problems.add(ImportProblem.of("import.file.empty"));
            return;
        }
        if (!problems.isEmpty()) {
            return;
        }
        flush(sink);
        batch.endOfFile();
        if (rows == 0) {
            problems.add(ImportProblem.of("import.file.noRows"));
        }
    }

    private void flush(Consumer<List<T>> sink) {
        if (chunk.isEmpty()) {
            return;
        }
        List<T> items = batch.read(List.copyOf(chunk));
        chunk.clear();
        if (writing && !errors.isEmpty()) {
            throw new Invalid();
        }
        sink.accept(items);
        progress.update(phase, fraction, rows);
    }

    /**
     * A reader thread reads and checks chunks into a short queue; this thread, which holds the
     * transaction, writes them. The reader stops at the first error and this thread then refuses.
     */
    @SuppressWarnings("unchecked")
    private void readAndWrite(Path file, ImportFormat format) throws IOException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = Thread.ofPlatform().name("import-reader").daemon().unstarted(
                new DelegatingSecurityContextRunnable(() -> {
                    try {
                        read(file, format, items -> offer(queue, items, cancelled));
                    } catch (Invalid | Cancelled e) {
                        // the writer learns of the errors when it takes the end
                    } catch (Throwable e) {
                        failure.set(e);
                    } finally {
                        offer(queue, END, cancelled);
                    }
                }));
        reader.start();
        try {
            for (Object next = take(queue); next != END; next = take(queue)) {
                if (!errors.isEmpty()) {
                    throw new Invalid();
                }
                written = written.plus(batch.write((List<T>) next));
            }
            join(reader);
        } finally {
            cancelled.set(true);
        }
        Throwable e = failure.get();
        if (e instanceof IOException io) {
            throw io;
        } else if (e instanceof UncheckedIOException io) {
            throw io.getCause();
        } else if (e instanceof RuntimeException re) {
            throw re;
        } else if (e instanceof Error err) {
            throw err;
        }
        if (!problems.isEmpty()) {
            return;
        }
        if (!errors.isEmpty()) {
            throw new Invalid();
        }
        batch.finish();
    }

    /** The writer gave up: the reader stops too. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    private static void offer(BlockingQueue<Object> queue, Object item, AtomicBoolean cancelled) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (cancelled.get()) {
                    throw new Cancelled();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Import interrupted", e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Import interrupted", e);
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
