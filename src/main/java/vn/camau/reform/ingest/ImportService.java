package vn.camau.reform.ingest;

import jakarta.annotation.security.RolesAllowed;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.camau.reform.ingest.query.ImportErrorQuery;
import vn.camau.reform.ingest.query.ImportHistoryQuery;
import vn.camau.reform.ingest.repository.ImportErrorRepository;
import vn.camau.reform.ingest.repository.ImportRunRepository;
import vn.camau.reform.security.AppUser;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Roles;

/**
 * Administrators' file imports of dossiers, procedures and officers, in two passes over the file:
 * {@link #validate} reads it whole and says what it would do and everything wrong with it, writing
 * nothing; {@link #importFile} reads it again and writes it in one transaction, a chunk at a time,
 * so a file is imported whole or not at all. Every import is recorded in the history, whatever its
 * end. The administrator's unit scope applies to every row.
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class ImportService {

    /** Enough for a million-row dossier CSV (about 250 bytes a row). */
    public static final long MAX_FILE_BYTES = 300L * 1024 * 1024;
    /** Rows read, checked and written together: large enough to batch the SQL, small enough to keep little in memory. */
    static final int DEFAULT_CHUNK = 5_000;
    private static final int MESSAGE_ERRORS = 5;

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final Map<ImportKind, ImportType<?>> types = new EnumMap<>(ImportKind.class);
    private final ImportRunRepository history;
    private final ImportHistoryQuery historyQuery;
    private final ImportErrorRepository errorLog;
    private final ImportErrorQuery errorQuery;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final IngestMetrics metrics;
    private final TransactionTemplate importTx;
    private final TransactionTemplate ownTx;
    private final int chunk;

    ImportService(List<ImportType<?>> types, ImportRunRepository history, ImportHistoryQuery historyQuery,
                  ImportErrorRepository errorLog, ImportErrorQuery errorQuery, CurrentUser currentUser, Clock clock, PlatformTransactionManager transactions, IngestMetrics metrics,
                  @Value("${app.import.chunk-rows:" + DEFAULT_CHUNK + "}") int chunk) {
        this.chunk = chunk;
        this.metrics = metrics;
        types.forEach(t -> this.types.put(t.kind(), t));
        this.history = history;
        this.historyQuery = historyQuery;
        this.errorLog = errorLog;
        this.errorQuery = errorQuery;
        this.currentUser = currentUser;
        this.clock = clock;
        this.importTx = new TransactionTemplate(transactions);
        // each read sees what is committed now, as the dossier batch writer requires
        this.importTx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        // the history is written beside the import's transaction, so a rolled-back import still shows
        this.ownTx = new TransactionTemplate(transactions);
        this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The kinds this installation imports, in the order offered. */
    public List<ImportKind> kinds() {
        return List.copyOf(types.keySet());
    }

    public List<ImportColumn> columns(ImportKind kind) {
        return type(kind).columns();
    }

    public String templateFileName(ImportKind kind, ImportFormat format) {
        return ImportTemplates.fileName(kind, format);
    }

    /** The header row and an example row, to fill in. */
    public void writeTemplate(ImportKind kind, ImportFormat format, OutputStream out) throws IOException {
        ImportTemplates.write(columns(kind), format, out);
    }

    /**
     * Problems with a file as uploaded, before reading it: its name, its size. An empty list when
     * it may be read.
     */
    public List<ImportProblem> check(String fileName, long size) {
        if (ImportFormat.of(fileName).isEmpty()) {
            return List.of(ImportProblem.of("import.file.wrongExtension", fileName == null ? "" : fileName));
        }
        if (size <= 0) {
            return List.of(ImportProblem.of("import.file.empty"));
        }
        if (size > MAX_FILE_BYTES) {
            return List.of(ImportProblem.of("import.file.tooLarge", MAX_FILE_BYTES / (1024 * 1024)));
        }
        return List.of();
    }

    /** Reads the whole file and says what importing it would do; writes nothing. */
    public ImportPreview validate(ImportKind kind, Path file, String fileName, ImportProgress progress) {
        List<ImportProblem> problems = check(fileName, size(file));
        if (!problems.isEmpty()) {
            return new ImportPreview(kind, fileName, 0, ImportCounts.NONE, problems, List.of(), 0);
        }
        ImportPass<?> pass = pass(kind, false, progress);
        // read-only, and in one transaction so that every chunk sees the same stored rows
        importTx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            read(pass, file, fileName);
        });
        return pass.preview(fileName);
    }

    /**
     * Imports the file whole, or nothing of it: a row found invalid now (the stored data may have
     * changed since the preview) refuses the file, an error of ours fails it; either way nothing is
     * written but the history line.
     */
    public ImportOutcome importFile(ImportKind kind, Path file, String fileName, ImportProgress progress) {
        AppUser user = currentUser.require();
        List<ImportProblem> problems = check(fileName, size(file));
        long runId = ownTx.execute(s -> history.start(ImportSource.FILE, kind, cut(fileName), user.id(), user.username(), null,
                now(), 0));
        if (!problems.isEmpty()) {
            ImportPreview preview = new ImportPreview(kind, fileName, 0, ImportCounts.NONE, problems, List.of(), 0);
            return finish(runId, ImportResult.REFUSED, preview, 0, ImportCounts.NONE, message(preview));
        }
        ImportPass<?> pass = pass(kind, true, progress);
        try {
            importTx.executeWithoutResult(status -> {
                try {
                    read(pass, file, fileName);
                } catch (ImportPass.Invalid e) {
                    // stopped at the first invalid row
                }
                if (!pass.valid()) {
                    status.setRollbackOnly();
                }
            });
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            log.error("Import {} of {} '{}' failed, incident {}", runId, kind, fileName, incident, e);
            return finish(runId, ImportResult.FAILED, pass.preview(fileName), pass.rows(), ImportCounts.NONE,
                    "incident " + incident + ": " + e.getClass().getSimpleName());
        }
        ImportPreview preview = pass.preview(fileName);
        if (!pass.valid()) {
            return finish(runId, ImportResult.REFUSED, preview, pass.rows(), ImportCounts.NONE, message(preview));
        }
        try {
            type(kind).imported(pass.rows());
        } catch (RuntimeException e) {
            // the rows are committed; what follows is housekeeping, not a reason to report a failure
            log.warn("After import {} of {} '{}'", runId, kind, fileName, e);
        }
        return finish(runId, ImportResult.SUCCEEDED, preview, pass.rows(), pass.written(), null);
    }

    public int historyCount() {
        return historyQuery.count(currentUser.require().unitPath());
    }

    /**
     * The kept errors of a run in the caller's scope (file problems first, index -1), at most as many
     * as a preview keeps; empty for a run outside the scope, as for one without errors.
     */
    public List<IntakeError> errors(long runId) {
        return errorQuery.errors(currentUser.require().unitPath(), runId, IntakeErrors.KEPT);
    }

    /** The history, newest first. */
    public List<ImportRun> history(int offset, int limit) {
        return historyQuery.page(currentUser.require().unitPath(), offset, limit);
    }

    private ImportOutcome finish(long runId, ImportResult result, ImportPreview preview, int rows,
                                 ImportCounts counts, String message) {
        metrics.importRun(preview.kind(), result, rows);
        ownTx.executeWithoutResult(s -> {
            history.finish(runId, now(), rows, counts.created(), counts.updated(), counts.unchanged(),
                    preview.errorCount() + preview.problems().size(), result, message);
            // a refused file's errors stay readable from the history, in the reader's language
            errorLog.save(runId, preview.problems(), preview.rowErrors());
        });
        return new ImportOutcome(runId, result, rows, counts, preview);
    }

    private <T> ImportPass<T> pass(ImportKind kind, boolean writing, ImportProgress progress) {
        @SuppressWarnings("unchecked")
        ImportType<T> type = (ImportType<T>) type(kind);
        return new ImportPass<>(type, currentUser.require().scope(), chunk, writing, progress);
    }

    private static void read(ImportPass<?> pass, Path file, String fileName) {
        ImportFormat format = ImportFormat.of(fileName).orElseThrow();
        try {
            pass.run(file, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportType<?> type(ImportKind kind) {
        return Optional.ofNullable(types.get(kind))
                .orElseThrow(() -> new IllegalArgumentException("No import of " + kind));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The first problems or errors, for the history line (keys and arguments, readable in both languages). */
    private static String message(ImportPreview preview) {
        String problems = preview.problems().stream()
                .map(p -> p.messageKey() + p.args())
                .collect(Collectors.joining("; "));
        String errors = preview.rowErrors().stream().limit(MESSAGE_ERRORS)
                .map(e -> e.index() + "/" + e.field() + ": " + e.messageKey() + e.args())
                .collect(Collectors.joining("; "));
        return Arrays.stream(new String[] {problems, errors}).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("; "));
    }

    /** The history keeps 255 characters of a file's name. */
    private static String cut(String fileName) {
        return fileName == null || fileName.length() <= 255 ? fileName : fileName.substring(0, 254) + "…";
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
