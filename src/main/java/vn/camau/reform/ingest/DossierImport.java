package vn.camau.reform.ingest;

import static vn.camau.reform.ingest.DossierFields.*;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.camau.reform.dossier.BatchOutcome;
import vn.camau.reform.dossier.DossierBatchService;
import vn.camau.reform.dossier.IncomingDossier;
import vn.camau.reform.security.UnitScope;

/**
 * Dossiers from a file, one row per dossier: the same snapshot as the API's, read and checked by
 * the API's own {@link DossierReader} and written by the same {@link DossierBatchService}, so a
 * file and a batch cannot disagree. A file has no events; a snapshot older than the stored one
 * changes nothing (it counts as unchanged).
 */
@Component
class DossierImport implements ImportType<IncomingDossier> {

    private static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required(ImportKind.DOSSIERS, CODE, "000.00.32.H12-261125-0001"),
            ImportColumn.required(ImportKind.DOSSIERS, PROCEDURE_CODE, "1.001193"),
            ImportColumn.required(ImportKind.DOSSIERS, RECEIVING_UNIT_CODE, "32002"),
            ImportColumn.required(ImportKind.DOSSIERS, HANDLING_UNIT_CODE, "32002"),
            ImportColumn.required(ImportKind.DOSSIERS, CHANNEL, "Trực tuyến"),
            ImportColumn.required(ImportKind.DOSSIERS, STATE, "10"),
            ImportColumn.required(ImportKind.DOSSIERS, RECEIVED_AT, "20/11/2026 08:15"),
            ImportColumn.required(ImportKind.DOSSIERS, APPOINTMENT_DATE, "21/11/2026"),
            ImportColumn.required(ImportKind.DOSSIERS, APPLICANT_NAME, "Nguyễn Văn An"),
            ImportColumn.required(ImportKind.DOSSIERS, UPDATED_AT, "21/11/2026 10:00"),
            ImportColumn.optional(ImportKind.DOSSIERS, RESOLVED_AT, "21/11/2026 09:30"),
            ImportColumn.optional(ImportKind.DOSSIERS, RETURNED_AT, "21/11/2026 10:00"),
            ImportColumn.optional(ImportKind.DOSSIERS, FINISHED_AT, ""),
            ImportColumn.optional(ImportKind.DOSSIERS, HAS_FEE, "có"),
            ImportColumn.optional(ImportKind.DOSSIERS, PAID_ONLINE, "có"),
            ImportColumn.optional(ImportKind.DOSSIERS, DIGITISED, "có"),
            ImportColumn.optional(ImportKind.DOSSIERS, RETURNED_HOME, "không"),
            ImportColumn.optional(ImportKind.DOSSIERS, RATING, "Hài lòng"),
            ImportColumn.optional(ImportKind.DOSSIERS, APPLICANT_PHONE, "0912 345 678"),
            ImportColumn.optional(ImportKind.DOSSIERS, APPLICANT_EMAIL, ""),
            ImportColumn.optional(ImportKind.DOSSIERS, HANDLING_OFFICER_CODE, ""),
            ImportColumn.optional(ImportKind.DOSSIERS, ONLINE_LEVEL, "Toàn trình"),
            ImportColumn.optional(ImportKind.DOSSIERS, RESULT_ELECTRONIC, "có"),
            ImportColumn.optional(ImportKind.DOSSIERS, DATA_REUSED, "không"));

    private static final int REFRESH_STATISTICS_ROWS = 10_000;

    private final IntakeReaders readers;
    private final DossierBatchService batches;

    DossierImport(IntakeReaders readers, DossierBatchService batches) {
        this.readers = readers;
        this.batches = batches;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.DOSSIERS;
    }

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    /**
     * A big import changes the tables' shape enough that the optimizer, left with its old statistics,
     * plans the screens' queries for the tables as they were (seconds instead of milliseconds).
     */
    @Override
    public void imported(int rows) {
        if (rows >= REFRESH_STATISTICS_ROWS) {
            batches.refreshStatistics();
        }
    }

    @Override
    public Batch<IncomingDossier> start(UnitScope scope, IntakeErrors errors) {
        DossierReader reader = readers.dossiers(scope);
        return new Batch<>() {
            private int valid;

            @Override
            public List<IncomingDossier> read(List<TextRecord> chunk) {
                List<IncomingDossier> dossiers = reader.read(chunk);
                valid += dossiers.size();
                return dossiers;
            }

            /** Stored dossiers count as updated here; writing tells which of them really change. */
            @Override
            public ImportCounts planned() {
                return new ImportCounts(valid - reader.storedCount(), reader.storedCount(), 0);
            }

            @Override
            public ImportCounts write(List<IncomingDossier> items) {
                BatchOutcome outcome = batches.accept(items, List.of());
                // a stale snapshot is among the unchanged already
                return new ImportCounts(outcome.created(), outcome.updated(), outcome.unchanged());
            }
        };
    }
}
