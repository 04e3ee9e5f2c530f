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
            ImportColumn.required(CODE, "Mã hồ sơ", "Dossier code", "000.00.32.H12-261125-0001"),
            ImportColumn.required(PROCEDURE_CODE, "Mã thủ tục", "Procedure code", "1.001193"),
            ImportColumn.required(RECEIVING_UNIT_CODE, "Mã đơn vị tiếp nhận", "Receiving unit code", "32002"),
            ImportColumn.required(HANDLING_UNIT_CODE, "Mã đơn vị giải quyết", "Handling unit code", "32002"),
            ImportColumn.required(CHANNEL, "Hình thức nộp", "Channel", "Trực tuyến"),
            ImportColumn.required(STATE, "Trạng thái", "State", "10"),
            ImportColumn.required(RECEIVED_AT, "Thời điểm tiếp nhận", "Received at", "20/11/2026 08:15"),
            ImportColumn.required(APPOINTMENT_DATE, "Ngày hẹn trả", "Appointment date", "21/11/2026"),
            ImportColumn.required(APPLICANT_NAME, "Người nộp", "Applicant name", "Nguyễn Văn An"),
            ImportColumn.required(UPDATED_AT, "Thời điểm cập nhật", "Updated at", "21/11/2026 10:00"),
            ImportColumn.optional(RESOLVED_AT, "Thời điểm giải quyết xong", "Resolved at", "21/11/2026 09:30"),
            ImportColumn.optional(RETURNED_AT, "Thời điểm trả kết quả", "Returned at", "21/11/2026 10:00"),
            ImportColumn.optional(FINISHED_AT, "Thời điểm kết thúc", "Finished at", ""),
            ImportColumn.optional(HAS_FEE, "Có phí, lệ phí", "Has fee", "có"),
            ImportColumn.optional(PAID_ONLINE, "Thanh toán trực tuyến", "Paid online", "có"),
            ImportColumn.optional(DIGITISED, "Đã số hóa", "Digitised", "có"),
            ImportColumn.optional(RETURNED_HOME, "Trả kết quả tại nhà", "Returned home", "không"),
            ImportColumn.optional(RATING, "Đánh giá", "Rating", "Hài lòng"),
            ImportColumn.optional(APPLICANT_PHONE, "Điện thoại người nộp", "Applicant phone", "0912 345 678"),
            ImportColumn.optional(APPLICANT_EMAIL, "Thư điện tử người nộp", "Applicant e-mail", ""),
            ImportColumn.optional(HANDLING_OFFICER_CODE, "Mã cán bộ xử lý", "Handling officer code", ""));

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
