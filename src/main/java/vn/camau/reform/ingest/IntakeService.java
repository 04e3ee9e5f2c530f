package vn.camau.reform.ingest;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;
import vn.camau.reform.dossier.BatchOutcome;
import vn.camau.reform.dossier.DossierBatchService;
import vn.camau.reform.dossier.IncomingDossier;
import vn.camau.reform.dossier.IncomingEvent;
import vn.camau.reform.ingest.repository.ImportErrorRepository;
import vn.camau.reform.ingest.repository.ImportRunRepository;
import vn.camau.reform.security.AppUser;

/**
 * The intake API's work: a batch is read whole, every record checked, and then stored in one
 * transaction, or refused whole with every error listed and nothing stored. Each batch, stored or
 * refused, gets a line in the import history. Two batches that touch the same dossiers may
 * deadlock in the database, or both find a new dossier absent; the loser is run again.
 */
@Service
public class IntakeService {

    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);
    private static final int ATTEMPTS = 3;
    private static final int HISTORY_ERRORS = 5;

    private final IntakeReaders readers;
    private final DossierBatchService dossiers;
    private final ImportRunRepository history;
    private final ImportErrorRepository errorLog;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final IntakeProperties limits;
    private final IngestMetrics metrics;
    private final Clock clock;

    IntakeService(IntakeReaders readers, DossierBatchService dossiers, ImportRunRepository history,
                  ImportErrorRepository errorLog, TransactionTemplate transactions, JsonMapper json, IntakeProperties limits, IngestMetrics metrics,
                  Clock clock) {
        this.readers = readers;
        this.errorLog = errorLog;
        this.dossiers = dossiers;
        this.history = history;
        // see DossierBatchService.accept for why READ COMMITTED
        this.transactions = new TransactionTemplate(transactions.getTransactionManager());
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.json = IntakeBatchParser.strict(json);
        this.limits = limits;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Stores a batch sent by {@code sender} with the token {@code tokenId} (named {@code tokenName}).
     *
     * @throws IntakeRefused  when any record is invalid (nothing stored)
     * @throws IntakeTooLarge when the batch holds more records than allowed (nothing stored)
     */
    @PreAuthorize("hasAuthority('API_TOKEN_INTAKE')")
    public IntakeReceipt accept(byte[] body, AppUser sender, long tokenId, String tokenName) {
        LocalDateTime started = now();
        IntakeErrors errors = new IntakeErrors();
        IntakeBatchParser.Parsed batch;
        try {
            batch = IntakeBatchParser.parse(json, body, errors, limits.maxRecords());
        } catch (IntakeTooLarge e) {
            record(sender, tokenId, tokenName, started, e.records(), null, 1, ImportResult.REFUSED,
                    "413: " + e.getMessage());
            throw e;
        }
        int records = batch == null ? 0 : batch.size();
        if (batch == null) {
            refuse(sender, tokenId, tokenName, started, records, errors);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                BatchOutcome outcome = transactions.execute(tx -> store(batch, sender, errors));
                long id = record(sender, tokenId, tokenName, started, records, outcome, 0, ImportResult.SUCCEEDED, null);
                return new IntakeReceipt(id, batch.dossiers().size(), batch.events().size(), outcome);
            } catch (IntakeRefused e) {
                refuse(sender, tokenId, tokenName, started, records, errors);
            } catch (PessimisticLockingFailureException | DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.info("Intake batch from token {} met a concurrent batch ({}), attempt {} of {}", tokenId,
                        e.getClass().getSimpleName(), attempt, ATTEMPTS);
            }
        }
    }

    /** Reads inside the transaction, so the codes checked are the codes still there when it writes. */
    private BatchOutcome store(IntakeBatchParser.Parsed batch, AppUser sender, IntakeErrors errors) {
        DossierReader dossierReader = readers.dossiers(sender.scope());
        List<IncomingDossier> incoming = dossierReader.read(batch.dossiers());
        List<IncomingEvent> events = readers.events(sender.scope())
                .read(batch.events(), dossierReader, dossierReader.refusedCodes());
        if (!errors.isEmpty()) {
            throw new IntakeRefused(errors);
        }
        return dossiers.accept(incoming, events);
    }

    private void refuse(AppUser sender, long tokenId, String tokenName, LocalDateTime started, int records,
                        IntakeErrors errors) {
        StringBuilder message = new StringBuilder();
        errors.kept().stream().limit(HISTORY_ERRORS).forEach(e -> message.append(e.record().code()).append('[')
                .append(e.index()).append("] ").append(e.field() == null ? "" : e.field() + ": ")
                .append(e.messageKey()).append(' ').append(e.args()).append("; "));
        record(sender, tokenId, tokenName, started, records, null, errors.count(), ImportResult.REFUSED,
                message.toString(), errors.kept());
        throw new IntakeRefused(errors);
    }

    private long record(AppUser sender, long tokenId, String tokenName, LocalDateTime started, int records,
                        BatchOutcome outcome, int errorCount, ImportResult result, String message) {
        return record(sender, tokenId, tokenName, started, records, outcome, errorCount, result, message, List.of());
    }

    /** The history line, and a refused batch's kept errors (readable from the import history), in one transaction. */
    private long record(AppUser sender, long tokenId, String tokenName, LocalDateTime started, int records,
                        BatchOutcome outcome, int errorCount, ImportResult result, String message, List<IntakeError> kept) {
        metrics.intakeBatch(result, records);
        return transactions.execute(tx -> {
            long id = history.start(ImportSource.API, ImportKind.DOSSIERS, tokenName, sender.id(), sender.username(), tokenId,
                    started, records);
            history.finish(id, now(), records, outcome == null ? 0 : outcome.created(),
                    outcome == null ? 0 : outcome.updated(), outcome == null ? 0 : outcome.unchanged(), errorCount,
                    result, message);
            errorLog.save(id, List.of(), kept);
            return id;
        });
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
